using System.Globalization;
using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Api.Timeline;

/// <summary>
/// Reads and validates the timeline query parameters: from, to, actor, type, minSources, q, order, limit and next.
/// </summary>
/// <remarks>
/// Each invalid value yields a message for a 400; parameters it does not know are ignored.
/// </remarks>
public static class TimelineQueryParser
{
    public const int MaxLimit = 1000;
    private const int MaxTextLength = 200;

    public static bool TryParse(ApiRequest request, out TimelineQuery query, out string? next, out string problem)
    {
        query = TimelineQuery.All;
        next = null;
        problem = "";
        DateOnly? from = null, to = null;
        int? minSources = null, limit = null;
        var order = TimelineOrder.Asc;

        if (request.QueryValue("from") is { } fromText)
        {
            if (!DateBound.TryParseFrom(fromText, out var day))
            {
                problem = "'from' must be an ISO date: YYYY-MM-DD, YYYY-MM or YYYY.";
                return false;
            }

            from = day;
        }

        if (request.QueryValue("to") is { } toText)
        {
            if (!DateBound.TryParseTo(toText, out var day))
            {
                problem = "'to' must be an ISO date: YYYY-MM-DD, YYYY-MM or YYYY.";
                return false;
            }

            to = day;
        }

        if (from > to)
        {
            problem = "'from' must not be after 'to'.";
            return false;
        }

        if (!TryInt(request, "minSources", 1, 1000, ref minSources, ref problem) || !TryInt(request, "limit", 1, MaxLimit, ref limit, ref problem))
        {
            return false;
        }

        if (request.QueryValue("order") is { } orderText)
        {
            if (!orderText.Equals("asc", StringComparison.OrdinalIgnoreCase) && !orderText.Equals("desc", StringComparison.OrdinalIgnoreCase))
            {
                problem = "'order' must be 'asc' or 'desc'.";
                return false;
            }

            order = orderText.Equals("desc", StringComparison.OrdinalIgnoreCase) ? TimelineOrder.Desc : TimelineOrder.Asc;
        }

        string? actor = null, type = null, text = null;
        if (!TryText(request, "actor", ref actor, ref problem) || !TryText(request, "type", ref type, ref problem) || !TryText(request, "q", ref text, ref problem))
        {
            return false;
        }

        next = request.QueryValue("next") is { Length: > 0 } token ? token : null;
        query = new TimelineQuery { From = from, To = to, Actor = actor, Type = type, MinSources = minSources, Text = text, Order = order, Limit = limit };
        return true;
    }

    private static bool TryInt(ApiRequest request, string name, int min, int max, ref int? value, ref string problem)
    {
        if (request.QueryValue(name) is not { } text)
        {
            return true;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            problem = $"'{name}' must be a whole number from {min} to {max}.";
            return false;
        }

        value = number;
        return true;
    }

    private static bool TryText(ApiRequest request, string name, ref string? value, ref string problem)
    {
        if (request.QueryValue(name) is not { } text || text.Trim().Length == 0)
        {
            return true;
        }

        if (text.Length > MaxTextLength || text.Any(char.IsControl))
        {
            problem = $"'{name}' must be at most {MaxTextLength} characters, without control characters.";
            return false;
        }

        value = text.Trim();
        return true;
    }
}
