using TimelineFunctions.Extraction.Actors;

namespace TimelineFunctions.Extraction.Tests.Actors;

/// <summary>Page clutter is no actor; names the body uses stay (invented text).</summary>
public sealed class NameSpanFilterTests
{
    [Fact]
    public void Menu_lines_are_no_actors()
    {
        const string text = "Menu Content\nGo Top\nThe Harlow Port Authority said on Monday that the ferry would run again.";

        var names = Names(text);

        Assert.DoesNotContain("Menu Content", names);
        Assert.DoesNotContain("Go Top", names);
        Assert.Contains(names, n => n.Contains("Harlow Port Authority", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_phrase_the_body_never_names_is_no_actor_but_a_name_it_shares_with_the_body_stays()
    {
        const string text = "Holders Approve Proposed Quillon Merger at Special Meeting\nQuillon Holdings said its holders voted for the merger at a meeting on Tuesday.";

        var names = Names(text);

        Assert.DoesNotContain(names, n => n.Contains("Approve", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.Contains("Special Meeting", StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains("Quillon", StringComparison.Ordinal));
    }

    [Fact]
    public void A_shouted_heading_word_or_furniture_word_is_no_acronym_but_a_real_acronym_is()
    {
        const string text = "HARBOUR TEAM'S DARING RESCUE\nREAD | Ferry back in service\nThe team began the rescue at dawn, the RNLI said, and a reader sent photos.";

        var names = Names(text);

        Assert.DoesNotContain("RESCUE", names);
        Assert.DoesNotContain("TEAM", names);
        Assert.DoesNotContain("READ", names);
        Assert.Contains("RNLI", names);
    }

    [Theory]
    [InlineData("Though Ada Quint had ruled against the port, the ferry sailed.", "Ada Quint")]
    [InlineData("Neither Ada Quint nor the port would comment.", "Ada Quint")]
    public void A_clause_opener_is_not_part_of_the_name(string text, string name)
    {
        var names = Names(text);

        Assert.Contains(name, names);
        Assert.DoesNotContain(names, n => n.StartsWith("Though", StringComparison.Ordinal) || n.StartsWith("Neither", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_cut_off_from_its_name_by_a_bracket_is_no_one()
    {
        const string text = "Disaster authority member Lt Gen (retd) Varun Mehra said in Delhi that work would go on.";

        var names = Names(text);

        Assert.DoesNotContain("Lt Gen", names);
        Assert.Contains("Varun Mehra", names);
    }

    private static List<string> Names(string text) =>
        [.. ActorExtractor.Default.Extract(text).Actors.Select(a => a.Name)];
}
