using System.Globalization;
using System.Text;
using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Api.Exports;

/// <summary>
/// The timeline as RFC 4180 CSV: a header row, then one row per event (dated, then undated), CRLF line ends.
/// </summary>
/// <remarks>
/// Text cells that a spreadsheet would run as a formula (starting with = + - @ or a tab) get a leading apostrophe.
/// </remarks>
public static class CsvExport
{
    public static readonly string[] Columns =
        ["id", "date", "granularity", "label", "start", "end", "type", "summary", "actors", "location", "sourceCount", "outlets", "urls", "quote"];

    public static string Render(TimelinePage page)
    {
        var csv = new StringBuilder();
        AppendRow(csv, Columns);
        foreach (var e in page.Events.Concat(page.Undated))
        {
            AppendRow(csv,
            [
                e.Id,
                e.Date?.Value ?? "",
                e.Date?.Granularity ?? "",
                e.Date is { } d ? DateLabels.For(d) : "undated",
                e.Date?.Start.ToString("O", CultureInfo.InvariantCulture) ?? "",
                e.Date?.End.ToString("O", CultureInfo.InvariantCulture) ?? "",
                Text(e.Type),
                Text(e.Summary),
                Text(string.Join("; ", e.Actors.Select(a => a.Name).Distinct(StringComparer.Ordinal))),
                Text(e.Location ?? ""),
                e.SourceCount.ToString(CultureInfo.InvariantCulture),
                Text(string.Join("; ", e.Sources.Select(s => s.Outlet ?? s.ArticleId))),
                Text(string.Join(" ", e.Sources.Select(s => s.Url).Where(SafeLinks.IsWebUrl))),
                Text(e.Sources.Count > 0 ? e.Sources[0].Quote : ""),
            ]);
        }

        return csv.ToString();
    }

    private static string Text(string value) =>
        value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;

    private static void AppendRow(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Quote));
        csv.Append("\r\n");
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
