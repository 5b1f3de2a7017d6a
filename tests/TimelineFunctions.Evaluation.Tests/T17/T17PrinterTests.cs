using TimelineFunctions.Evaluation.T17;

namespace TimelineFunctions.Evaluation.Tests.T17;

/// <summary>The Timeline17 report names the dates a folder's summary missed and those it chose wrongly, with their ranks.</summary>
public sealed class T17PrinterTests
{
    [Fact]
    public void Lists_missed_and_extra_dates_with_their_ranks()
    {
        var score = new T17Score(0.5, 0.4, 0.1, 0.2, 0.05);
        var folder = new T17FolderReport("quake", 10, 2, 1, 40, score, score, 2, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1))
        {
            MissedDates = [(new DateOnly(2010, 1, 23), 12), (new DateOnly(2010, 1, 4), null)],
            ExtraDates = [(new DateOnly(2010, 1, 24), 11)],
        };

        var text = T17Printer.ToText([folder]);

        Assert.Contains("quake: missed 2010-01-23 (rank 12), 2010-01-04 (rank -); chosen, not in the gold: 2010-01-24 (rank 11)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_whose_dates_all_match_gets_no_line()
    {
        var score = new T17Score(1, 1, 1, 1, 1);
        var text = T17Printer.ToText([new T17FolderReport("calm", 3, 2, 1, 9, score, score, 2, TimeSpan.Zero, TimeSpan.Zero)]);

        Assert.DoesNotContain("calm: missed", text, StringComparison.Ordinal);
    }
}
