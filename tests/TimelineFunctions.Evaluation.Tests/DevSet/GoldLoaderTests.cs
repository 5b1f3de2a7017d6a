using TimelineFunctions.Evaluation.DevSet;

namespace TimelineFunctions.Evaluation.Tests.DevSet;

public class GoldLoaderTests
{
    [Fact]
    public void Parses_every_part_of_the_gold_format()
    {
        var gold = GoldLoader.Parse(DemoGold.Json);

        Assert.Equal("demo", gold.Story);
        Assert.Equal(["demo/01-alpha", "demo/02-beta"], gold.Articles);
        Assert.Equal(["g1", "g2", "g3", "g4"], gold.Events.Select(e => e.Id));
        Assert.Equal([true, true, false, false], gold.Events.Select(e => e.IsCore));
        Assert.Equal("week", gold.Events[2].Granularity);
        Assert.Equal(new DateOnly(2024, 5, 13), gold.Events[2].Date);
        Assert.Equal(2, gold.Events[0].Sources.Count);
        Assert.Equal("early on Tuesday", gold.Events[0].Sources[0].DateText);
        Assert.Null(gold.Events[0].Sources[1].DateText);
        Assert.Empty(gold.Events[0].AltDates);
        Assert.Equal([new GoldDate(new DateOnly(2024, 4, 3), "day")], gold.Events[3].AltDates);
        Assert.Equal(["Mayor Quint", "the mayor"], gold.Actors[0].Aliases);
        Assert.Single(gold.Undated);
        Assert.Equal(2, gold.NonEvents.Count);
    }

    [Theory]
    [InlineData("\"2023\"", "2023-01-01", "year")]
    [InlineData("\"2023-11\"", "2023-11-01", "month")]
    [InlineData("\"2023-11-02\"", "2023-11-02", "day")]
    [InlineData("{\"date\": \"2023-10-30\", \"granularity\": \"week\"}", "2023-10-30", "week")]
    public void Reads_alternative_dates_in_each_form(string alt, string date, string granularity)
    {
        var json = $$"""{"story": "s", "events": [{"id": "e", "date": "2023-11-02", "granularity": "day", "sources": [], "importance": "core", "alt_dates": [{{alt}}]}]}""";

        var gold = GoldLoader.Parse(json);

        Assert.Equal([new GoldDate(Synthetic.Day(date), granularity)], gold.Events[0].AltDates);
    }

    [Fact]
    public void A_malformed_file_names_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gold-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"story": "s", "events": [{"id": "e", "date": "not a date"}]}""");
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => GoldLoader.Load(path));
            Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
