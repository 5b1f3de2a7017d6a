using TimelineFunctions.Extraction.Comparison;

namespace TimelineFunctions.Extraction.Tests.Comparison;

public sealed class FigureFinderTests
{
    [Theory]
    [InlineData("China deported more than 500 North Korean defectors.", "people", 500, "more than 500")]
    [InlineData("Rights groups said more than 500 North Koreans, most of them women, were sent back.", "people", 500, "more than 500")]
    [InlineData("About 1,200 residents were ordered to leave their homes.", "people", 1200, "About 1,200")]
    [InlineData("The group filed an $85-million lawsuit.", "money", 85e6, "$85-million")]
    [InlineData("The crash left 12 dead and dozens hurt.", "dead", 12, "12")]
    [InlineData("Fourteen cars left the track, and three tank cars ruptured.", "car", 3, "three")]
    [InlineData("Inflation rose 4.5 percent in March.", "percent", 4.5, "4.5 percent")]
    public void A_counted_figure_has_its_aspect_value_and_words(string text, string aspect, double value, string written)
    {
        var figure = Assert.Single(FigureFinder.Find(text));
        Assert.Equal((aspect, value, written), (figure.Aspect, figure.Value, figure.Text));
    }

    [Theory]
    [InlineData("The deportations began on Oct. 9 and ended in 2023.")]
    [InlineData("The derailment happened at about 11:40 p.m. on Monday.")]
    [InlineData("The hearing is set for 28 March in Manhattan.")]
    [InlineData("Talks resumed in 1998 after a long pause.")]
    public void Days_years_and_clock_times_are_not_figures(string text) =>
        Assert.Empty(FigureFinder.Find(text));
}
