using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Cleaning;
using static TimelineFunctions.Extraction.Tests.Cleaning.CleaningTestText;

namespace TimelineFunctions.Extraction.Tests.Cleaning;

/// <summary>Whole furniture lines (Resources/Cleaning/furniture-lines.txt) are removed by their rule; story sentences with the same words stay.</summary>
public class PatternLineRuleTests
{
    [Theory]
    [InlineData("- Advertisement -", "ad-marker")]
    [InlineData("ADVERTISEMENT", "ad-marker")]
    [InlineData("Sponsored", "ad-marker")]
    [InlineData("Story continues below advertisement", "ad-marker")]
    [InlineData("Must Read", "must-read")]
    [InlineData("You may also like", "must-read")]
    [InlineData("Read More…", "read-more")]
    [InlineData("Read more: Tram plans explained", "read-more")]
    [InlineData("Leave a Reply", "leave-a-reply")]
    [InlineData("This is a developing story.", "developing-story")]
    [InlineData("This story will be updated as more information becomes available.", "developing-story")]
    [InlineData("This article was amended on 16 September 2025 to correct the spelling of a name.", "correction-note")]
    [InlineData("This story has been corrected to show that the tram line is 14 km long.", "correction-note")]
    [InlineData("Correction, 3 May 2024: an earlier version of this article said the tram line had been closed on Friday.", "correction-note")]
    [InlineData("A previous version of this story gave the wrong date for the council vote.", "correction-note")]
    [InlineData("CLICK HERE TO WATCH THE COUNCIL MEETING LIVE", "click-here")]
    [InlineData("Share this article", "share-follow")]
    [InlineData("Facebook Twitter Email", "share-follow")]
    [InlineData("Follow us on Instagram for more local news", "share-follow")]
    [InlineData("Sign up for our free morning newsletter", "newsletter")]
    [InlineData("Subscribe now", "newsletter")]
    [InlineData("The Daily Tram is a registered trademark of Tram Media LLC in the U.S.", "boilerplate")]
    [InlineData("© 2024 Tram Media. All rights reserved.", "boilerplate")]
    [InlineData("Copyright 2023 The Daily Tram", "boilerplate")]
    [InlineData("This article was originally published by Tram Weekly on its website.", "boilerplate")]
    [InlineData("ALSO READ | Tram fares to stay frozen next year", "must-read")]
    [InlineData("Continue reading", "read-more")]
    [InlineData("Skip to main content", "navigation")]
    [InlineData("Listen to this article", "navigation")]
    [InlineData("4 min read", "navigation")]
    [InlineData("That's where we'll leave our live coverage for today. Thanks for reading. We'll be back tomorrow morning.", "live-sign-off")]
    [InlineData("We're going to pause our coverage here for tonight. Our reporters will be back in the morning.", "live-sign-off")]
    [InlineData("That's where we'll stop for tonight. Thank you for staying up with us.", "live-sign-off")]
    [InlineData("Our reporters will be back with the reaction tomorrow morning.", "live-sign-off")]
    public void Furniture_lines_are_removed_by_their_rule(string line, string rule)
    {
        var cleaned = Clean($"{Story}\n\n{line}\n\n{Story2}");
        AssertRemoved(cleaned, rule, line);
        Assert.Equal($"{Story}\n\n{Story2}", cleaned.Text);
    }

    [Theory]
    [InlineData("Copyright lawsuits against the tram maker rose sharply last year, the report said.")]
    [InlineData("Readers can click here and there on the interactive map, the designers joked.")]
    [InlineData("Share prices of the tram maker rose 4% after the vote.")]
    [InlineData("The advertisement campaign for the tram cost the city $2 million.")]
    [InlineData("Subscribers to the transit pass will ride free for a month.")]
    [InlineData("Search teams found the missing tram driver late on Tuesday.")]
    [InlineData("An earlier version of the tram, built in 1961, ran until Friday.")]
    [InlineData("Watch: the council vote was broadcast live, and 2,000 people tuned in.")]
    [InlineData("The tram report was amended by the council on Tuesday after objections.")]
    [InlineData("Correction: the council vote on the tram was held on Wednesday.")]
    [InlineData("The tram maker will end the coverage of its insurance policy on Friday.")]
    [InlineData("The strikers said they would not stop for now, whatever the court decides.")]
    public void Story_sentences_that_mention_furniture_words_are_kept(string sentence)
    {
        var cleaned = Clean($"{Story}\n\n{sentence}\n\n{Story2}");
        Assert.Contains(sentence, cleaned.Text, StringComparison.Ordinal);
        Assert.Empty(cleaned.Removed);
    }

    [Fact]
    public void A_line_without_the_text_a_section_requires_is_not_matched_against_it()
    {
        const string Line = "The Daily Tram is a registered trademark of Tram Media LLC in the U.S.";
        var document = new CleaningDocument($"{Story}\n\n{Line}", null);
        new PatternLineRule("furniture-lines.txt", new RequiredTexts(new Dictionary<string, string[]> { ["boilerplate"] = ["all rights reserved"] })).Apply(document);
        Assert.Empty(document.Removed);

        new PatternLineRule("furniture-lines.txt", new RequiredTexts(new Dictionary<string, string[]> { ["boilerplate"] = ["tradema"] })).Apply(document);
        Assert.Contains(document.Removed, r => r.Rule == "boilerplate");
    }

    [Fact]
    public void Required_texts_are_found_ignoring_case_exactly_where_the_patterns_match_ignoring_case()
    {
        // The patterns match ignoring case as regular expressions do, the required texts are compared as ordinal
        // strings: the two must agree on every character, or a line the pattern would remove is never tried.
        var required = ArticleCleaner.Rules.OfType<PatternLineRule>().Select(r => r.Required)
            .Concat(ArticleCleaner.Rules.OfType<SearchPatternRule>().Select(r => r.Required));
        var letters = required.SelectMany(r => r.All).SelectMany(t => t).Distinct().ToList();
        Assert.NotEmpty(letters);
        foreach (var letter in letters)
        {
            var pattern = new Regex($"^{Regex.Escape(letter.ToString())}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            for (var c = 0; c <= char.MaxValue; c++)
            {
                var text = ((char)c).ToString();
                Assert.True(
                    pattern.IsMatch(text) == string.Equals(text, letter.ToString(), StringComparison.OrdinalIgnoreCase),
                    $"'{letter}' and U+{c:X4} compare differently");
            }
        }
    }
}
