using System.Globalization;
using System.Text;
using TimelineFunctions.Application.Ingest;

namespace TimelineFunctions.IntegrationTests.Infrastructure;

/// <summary>
/// Small articles written for the tests: article <c>i</c> reports its own dated events (days no other article
/// uses), so every event has exactly one source and none may merge with another article's.
/// </summary>
public static class SyntheticArticles
{
    private static readonly DateOnly Start = new(2021, 1, 4);

    public static string Text(int i, int version = 1)
    {
        var first = Start.AddDays(3 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var second = Start.AddDays((3 * i) + 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"The harbour council voted on plan {i} on {first}.")
            .AppendLine(CultureInfo.InvariantCulture, $"Crews began repairs at pier {i} on {second}.");
        if (version > 1)
        {
            var third = Start.AddDays((3 * i) + 2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            text.AppendLine(CultureInfo.InvariantCulture, $"Revision {version}: the pier {i} works were halted on {third}.");
        }

        return text.ToString();
    }

    public static IngestRequest Request(string blobName, string text, int minute = 0) => new(
        blobName,
        Encoding.UTF8.GetBytes(text),
        "text/plain; charset=utf-8",
        new Dictionary<string, string> { ["published"] = "2021-06-01" },
        new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(minute));
}
