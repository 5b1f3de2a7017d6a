using System.Globalization;
using Azure.Data.Tables;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Storage.Tables;

/// <summary>Maps event and actor contributions to and from table entities.</summary>
internal static class ContributionEntities
{
    private const string DateFormat = "yyyy-MM-dd";

    public static TableEntity ToEntity(EventContribution c)
    {
        var entity = new TableEntity(c.StoryId, RowKeys.ForEvent(c.ArticleId, c.ContentHash, c.Ordinal))
        {
            ["Type"] = c.Type,
            ["CameoCode"] = c.CameoCode,
            ["Summary"] = c.Summary,
            ["Quote"] = c.Quote,
            ["Actors"] = EntityJson.Write(c.Actors),
            ["Location"] = c.Location,
            ["Attribution"] = c.Attribution,
            ["PlannedFor"] = c.PlannedFor is null ? null : EntityJson.Write(c.PlannedFor),
            ["Trigger"] = c.Trigger,
            ["NamedWeekday"] = c.NamedWeekday,
            ["NamedDay"] = c.NamedDay,
            ["PageDay"] = c.PageDay,
            ["InChronology"] = c.InChronology ? true : null,
        };
        if (c.Date is { } d)
        {
            entity["DateValue"] = d.Value;
            entity["Granularity"] = d.Granularity;
            entity["DateStart"] = d.Start.ToString(DateFormat, CultureInfo.InvariantCulture);
            entity["DateEnd"] = d.End.ToString(DateFormat, CultureInfo.InvariantCulture);
            entity["DateTexts"] = EntityJson.Write(d.Texts);
        }

        return entity;
    }

    public static EventContribution EventFromEntity(TableEntity e)
    {
        var (articleId, hash) = RowKeys.Owner(e.RowKey);
        EventDateInfo? date = null;
        if (e.GetString("DateValue") is { } value)
        {
            date = new EventDateInfo(
                value,
                e.GetString("Granularity"),
                DateOnly.ParseExact(e.GetString("DateStart"), DateFormat, CultureInfo.InvariantCulture),
                DateOnly.ParseExact(e.GetString("DateEnd"), DateFormat, CultureInfo.InvariantCulture),
                EntityJson.Read<List<string>>(e.GetString("DateTexts"), []));
        }

        return new EventContribution
        {
            StoryId = e.PartitionKey,
            ArticleId = articleId,
            ContentHash = hash,
            Ordinal = int.Parse(e.RowKey[(e.RowKey.LastIndexOf('|') + 1)..], CultureInfo.InvariantCulture),
            Type = e.GetString("Type"),
            CameoCode = e.GetString("CameoCode"),
            Summary = e.GetString("Summary"),
            Quote = e.GetString("Quote"),
            Date = date,
            Actors = EntityJson.Read<List<EventActor>>(e.GetString("Actors"), []),
            Location = e.GetString("Location"),
            Attribution = e.GetString("Attribution"),
            PlannedFor = EntityJson.Read<EventDateInfo?>(e.GetString("PlannedFor"), null),
            Trigger = e.GetString("Trigger"),
            NamedWeekday = e.GetString("NamedWeekday"),
            NamedDay = e.GetString("NamedDay"),
            PageDay = e.GetString("PageDay"),
            InChronology = e.GetBoolean("InChronology") ?? false,
        };
    }

    public static TableEntity ToEntity(ActorContribution a) =>
        new(a.StoryId, RowKeys.ForActor(a.ArticleId, a.ContentHash, a.ActorId))
        {
            ["ActorId"] = a.ActorId,
            ["Name"] = a.Name,
            ["Type"] = a.Type,
            ["Aliases"] = EntityJson.Write(a.Aliases),
            ["Roles"] = EntityJson.Write(a.Roles),
            ["TypeIsGuess"] = a.TypeIsGuess ? true : null,
        };

    public static ActorContribution ActorFromEntity(TableEntity e)
    {
        var (articleId, hash) = RowKeys.Owner(e.RowKey);
        return new ActorContribution
        {
            StoryId = e.PartitionKey,
            ArticleId = articleId,
            ContentHash = hash,
            ActorId = e.GetString("ActorId"),
            Name = e.GetString("Name"),
            Type = e.GetString("Type"),
            Aliases = EntityJson.Read<List<string>>(e.GetString("Aliases"), []),
            Roles = EntityJson.Read<List<string>>(e.GetString("Roles"), []),
            TypeIsGuess = e.GetBoolean("TypeIsGuess") ?? false,
        };
    }
}
