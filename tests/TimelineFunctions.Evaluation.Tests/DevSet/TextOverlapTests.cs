using TimelineFunctions.Evaluation.DevSet;

namespace TimelineFunctions.Evaluation.Tests.DevSet;

public class TextOverlapTests
{
    [Fact]
    public void Normalizes_case_whitespace_quotes_and_dashes()
    {
        Assert.Equal("the mayor's \"plan\" - approved", TextOverlap.Normalize("  The  Mayor\u2019s\n\u201CPlan\u201D \u2013 approved "));
    }

    [Fact]
    public void Twenty_shared_characters_are_an_overlap()
    {
        var a = "Crews began lifting the twisted deck last week, the council said.";
        var b = "On Friday, as the council noted, lifting the twisted deck resumed.";

        Assert.Equal(" lifting the twisted deck ".Length, TextOverlap.Overlap(a, b));
    }

    [Fact]
    public void Half_of_a_short_quote_is_an_overlap_but_less_is_not()
    {
        Assert.Equal(13, TextOverlap.Overlap("The pier fell.", "Yesterday the pier fell down"));
        Assert.Equal(0, TextOverlap.Overlap("The ferry struck the old pier early on Tuesday.", "Divers said the pier was old"));
    }

    [Fact]
    public void Whitespace_and_case_differences_do_not_matter()
    {
        var quote = "Divers searched the harbour for hours on Wednesday.";
        Assert.Equal(TextOverlap.Normalize(quote).Length, TextOverlap.Overlap(quote, "DIVERS searched  the\nharbour for hours on Wednesday."));
    }

    [Fact]
    public void A_short_fragment_must_be_contained_whole()
    {
        Assert.Equal(9, TextOverlap.FragmentOverlap("A skater won the title on Sunday.", "on Sunday"));
        Assert.Equal(0, TextOverlap.FragmentOverlap("Prices rose in 2024.", "2015"));
    }

    [Fact]
    public void Span_overlap_is_the_shared_stretch_of_the_two_spans_in_the_text()
    {
        var text = TextOverlap.Normalize("The ferry struck the old pier early on Tuesday and it collapsed. Divers searched the harbour.");

        Assert.Equal("and it collapsed.".Length, TextOverlap.SpanOverlap(text, "on Tuesday and it collapsed.", "and it collapsed. Divers searched"));
        Assert.Equal(0, TextOverlap.SpanOverlap(text, "The ferry struck", "Divers searched the harbour."));
        Assert.Equal(0, TextOverlap.SpanOverlap(text, "The ferry struck", "not in the text"));
    }
}
