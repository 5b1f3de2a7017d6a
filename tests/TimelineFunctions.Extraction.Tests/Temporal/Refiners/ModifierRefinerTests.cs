using static TimelineFunctions.Extraction.Tests.Temporal.TemporalTestHelpers;

namespace TimelineFunctions.Extraction.Tests.Temporal.Refiners;

/// <summary>A modifier phrase before an expression is attached and included in its span.</summary>
public class ModifierRefinerTests
{
    private const string Dct = "2023-10-13"; // a Friday

    [Theory]
    [InlineData("Prices rose in early 2021.", "early 2021", "2021", "START")]
    [InlineData("The deal closed in mid-2023.", "mid-2023", "2023", "MID")]
    [InlineData("Costs rose in the late 1990s.", "the late 1990s", "199", "END")]
    [InlineData("Costs rose late last year.", "late last year", "2022", "END")]
    [InlineData("Strikes began earlier this month.", "earlier this month", "2023-10", "START")]
    [InlineData("The siege lasted more than four hours.", "more than four hours", "PT4H", "MORE_THAN")]
    [InlineData("The siege lasted about two weeks.", "about two weeks", "P2W", "APPROX")]
    [InlineData("The siege ended at the end of the year.", "the end of the year", "2023", "END")]
    public void Modifiers_are_attached_and_included_in_the_span(string sentence, string expression, string value, string mod)
    {
        var t = Single(sentence, expression, Dct);
        Assert.Equal(value, t.Value);
        Assert.Equal(mod, t.Modifier);
    }

    [Fact]
    public void Over_the_weekend_is_not_a_more_than_modifier()
    {
        var t = Single("Fighting continued over the weekend.", "the weekend", Dct);
        Assert.Null(t.Modifier);
        Assert.Equal("2023-W40-WE", t.Value);
    }
}
