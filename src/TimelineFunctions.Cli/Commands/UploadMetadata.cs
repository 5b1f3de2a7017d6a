using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace TimelineFunctions.Cli.Commands;

/// <summary>
/// The upload command's metadata flags (--published, --url, --outlet, --title): blob metadata for every uploaded
/// file that its sidecar does not set.
/// </summary>
internal sealed class UploadMetadata
{
    private readonly Option<string?> _published = new("--published") { Description = "Publication date (YYYY-MM-DD) for files whose sidecar gives none." };
    private readonly Option<string?> _url = new("--url") { Description = "Article URL for files whose sidecar gives none." };
    private readonly Option<string?> _outlet = new("--outlet") { Description = "Outlet name for files whose sidecar gives none." };
    private readonly Option<string?> _title = new("--title") { Description = "Headline for files whose sidecar gives none." };

    private UploadMetadata()
    {
    }

    public IReadOnlyList<Option<string?>> All => [_published, _url, _outlet, _title];

    public static UploadMetadata Options() => new();

    public void Validate(CommandResult result)
    {
        if (result.GetValue(_published) is { } published
            && !DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            result.AddError("--published must be a date: YYYY-MM-DD.");
        }

        foreach (var option in All)
        {
            if (result.GetValue(option) is { } value && !ArticleFiles.IsAscii(value))
            {
                result.AddError($"{option.Name} must be ASCII: blob metadata travels in HTTP headers.");
            }
        }
    }

    public Dictionary<string, string> From(ParseResult parse)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var option in All)
        {
            if (parse.GetValue(option) is { Length: > 0 } value)
            {
                metadata[option.Name.TrimStart('-')] = value;
            }
        }

        return metadata;
    }
}
