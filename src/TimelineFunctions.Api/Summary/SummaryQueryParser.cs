using System.Globalization;
using TimelineFunctions.Application.Summary;

namespace TimelineFunctions.Api.Summary;

/// <summary>
/// Reads and validates the summary's query parameters: <c>dates</c> (1 to <see cref="SummaryOptions.MaxDates"/>;
/// absent: a length that fits the story) and <c>sentences</c> (1 to <see cref="SummaryOptions.MaxSentences"/>;
/// absent: <see cref="SummaryOptions.DefaultSentences"/>).
/// </summary>
/// <remarks>
/// Each invalid value yields a message for a 400.
/// </remarks>
public static class SummaryQueryParser
{
    public static bool TryParse(ApiRequest request, out SummaryOptions options, out string problem)
    {
        options = SummaryOptions.Default;
        problem = "";
        if (!TryInt(request, "dates", SummaryOptions.MaxDates, out var dates, ref problem)
            || !TryInt(request, "sentences", SummaryOptions.MaxSentences, out var sentences, ref problem))
        {
            return false;
        }

        options = new SummaryOptions(dates, sentences ?? SummaryOptions.DefaultSentences);
        return true;
    }

    private static bool TryInt(ApiRequest request, string name, int max, out int? value, ref string problem)
    {
        value = null;
        if (request.QueryValue(name) is not { } text)
        {
            return true;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > max)
        {
            problem = $"'{name}' must be a whole number from 1 to {max}.";
            return false;
        }

        value = number;
        return true;
    }
}
