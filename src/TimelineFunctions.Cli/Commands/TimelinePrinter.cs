using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Cli.Commands;

/// <summary>Writes a timeline page as plain text: a line per date label, the events under it, undated ones last.</summary>
internal static class TimelinePrinter
{
    public static void Print(TextWriter output, TimelinePage page, bool quotes)
    {
        output.WriteLine(page.Story.Title ?? page.Story.Id);
        output.WriteLine($"{page.Events.Count + page.Undated.Count} events from {page.Story.ArticleCount} articles");
        string? heading = null;
        foreach (var e in page.Events)
        {
            var label = DateLabels.For(e.Date!);
            if (label != heading)
            {
                output.WriteLine();
                output.WriteLine(label);
                heading = label;
            }

            PrintEvent(output, e, quotes);
        }

        if (page.Undated.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Undated");
            foreach (var e in page.Undated)
            {
                PrintEvent(output, e, quotes);
            }
        }
    }

    private static void PrintEvent(TextWriter output, TimelineEvent e, bool quotes)
    {
        var outlets = string.Join(", ", e.Sources.Select(s => s.Outlet ?? s.ArticleId).Distinct(StringComparer.Ordinal));
        output.WriteLine($"  - [{e.Type}] {OneLine(e.Summary)} ({outlets})");
        if (quotes)
        {
            foreach (var source in e.Sources)
            {
                output.WriteLine($"      “{OneLine(source.Quote)}” ({source.Outlet ?? source.ArticleId})");
            }
        }
    }

    // Article text is untrusted: no line breaks or terminal control sequences reach the terminal.
    private static string OneLine(string text) => new([.. text.Select(c => char.IsControl(c) ? ' ' : c)]);
}
