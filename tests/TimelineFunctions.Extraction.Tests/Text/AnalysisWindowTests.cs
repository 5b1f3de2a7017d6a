using TimelineFunctions.Extraction.Actors;
using TimelineFunctions.Extraction.Events;
using TimelineFunctions.Extraction.Reading;
using TimelineFunctions.Extraction.Temporal;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Tests.Text;

/// <summary>Each per-article limit on invented text: what is kept, what is left out, and the note it leaves.</summary>
public sealed class AnalysisWindowTests
{
    private static readonly ArticleLimits Small = new() { MaxSentences = 3, MaxSentenceChars = 60, MaxAnalyzedChars = 200, MaxLines = 3, MaxEvents = 2, MaxActors = 1 };

    private static ArticleAnalyzer Analyzer(ArticleLimits limits) =>
        new(TemporalTagger.Default, ActorExtractor.Default, EventExtractor.Default, limits);

    [Fact]
    public void Text_within_the_limits_is_the_same_text_with_no_note()
    {
        const string text = "The ferry sank. Divers searched on Monday.\n\nThe port reopened.";
        var (kept, notes) = AnalysisWindow.Cut(text, Small);

        Assert.Same(text, kept);
        Assert.Empty(notes);
    }

    [Fact]
    public void A_sentence_longer_than_the_limit_is_left_out_and_the_rest_kept()
    {
        var run = string.Concat(Enumerable.Repeat("Mr. ", 30));
        var (kept, notes) = AnalysisWindow.Cut($"The ferry sank.\n{run}\nDivers searched.", Small);

        Assert.Equal("The ferry sank.\n \nDivers searched.", kept); // the space after the run stays: only the sentence goes
        var note = Assert.Single(notes);
        Assert.Equal(ArticleLimits.Rule, note.Rule);
        Assert.Contains("1 sentence(s) longer than 60 characters", note.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_stops_before_the_sentence_past_the_sentence_limit()
    {
        var (kept, notes) = AnalysisWindow.Cut("One fell. Two fell. Three fell. Four fell. Five fell.", Small);

        Assert.Equal("One fell. Two fell. Three fell.", kept);
        Assert.Contains("3 sentences", Assert.Single(notes).Reason, StringComparison.Ordinal);
        Assert.StartsWith("Four fell.", notes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_stops_before_the_sentence_past_the_character_limit()
    {
        var limits = Small with { MaxSentences = 100 };
        var sentence = "The council met again in the town hall. ";
        var (kept, notes) = AnalysisWindow.Cut(string.Concat(Enumerable.Repeat(sentence, 10)), limits);

        Assert.Equal(string.Concat(Enumerable.Repeat(sentence, 5)).Trim(), kept);
        Assert.Contains("200 characters", Assert.Single(notes).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_body_stops_after_the_line_limit_counting_only_non_blank_lines()
    {
        var (body, note) = AnalysisWindow.CutLines("one\n\n\ntwo\n  \nthree\nfour\nfive", Small);

        Assert.Equal("one\n\n\ntwo\n  \nthree", body);
        Assert.NotNull(note);
        Assert.StartsWith("four", note.Text, StringComparison.Ordinal);
        Assert.Contains("3 lines", note.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_past_the_limit_are_dropped_and_noted()
    {
        var analyzer = Analyzer(Small with { MaxSentences = 100, MaxAnalyzedChars = 10_000 });
        const string text = "Police arrested a man on Monday. The court freed him on Tuesday. The mayor resigned on Wednesday.";

        var analysis = analyzer.Analyze(new ArticleInput("a.txt", System.Text.Encoding.UTF8.GetBytes(text)), new DateOnly(2024, 3, 8));

        Assert.Equal(2, analysis.Events.Count);
        Assert.Contains(analysis.LimitNotes, n => n.Reason.Contains("the first 2 are kept", StringComparison.Ordinal));
        Assert.Contains(analysis.Cleaned.Removed, n => n.Rule == ArticleLimits.Rule);
    }

    [Fact]
    public void Actors_past_the_limit_keep_the_most_mentioned_and_only_their_mentions()
    {
        var analyzer = Analyzer(Small with { MaxSentences = 100, MaxSentenceChars = 500, MaxAnalyzedChars = 10_000 });
        const string text = "Mayor Lena Ortiz met Governor Paul Brand on Monday. Ortiz said the pier would close. Ortiz spoke again on Tuesday.";

        var analysis = analyzer.Analyze(new ArticleInput("a.txt", System.Text.Encoding.UTF8.GetBytes(text)), new DateOnly(2024, 3, 8));

        var actor = Assert.Single(analysis.Actors);
        Assert.Contains("Ortiz", actor.Name, StringComparison.Ordinal);
        Assert.All(analysis.ActorMentions, m => Assert.Equal(actor.Id, m.ActorId));
        Assert.Contains(analysis.LimitNotes, n => n.Reason.Contains("most mentioned", StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_with_no_sentence_inside_the_limit_is_unreadable()
    {
        var analyzer = Analyzer(Small);
        var run = string.Concat(Enumerable.Repeat("12/", 100));

        var ex = Assert.Throws<UnreadableArticleException>(() => analyzer.Analyze(new ArticleInput("a.txt", System.Text.Encoding.UTF8.GetBytes(run))));

        Assert.Equal("no-text", ex.Code);
    }

    [Fact]
    public void Sentence_bounds_are_the_split_sentences()
    {
        const string text = "  Gov. Ortiz spoke. \"We will rebuild.\" Then she left!\nA new line";

        Assert.Equal(
            SentenceSplitter.Split(text).Select(s => (s.Start, s.End)),
            SentenceSplitter.Bounds(text));
    }
}
