using System.Reflection;
using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction;

/// <summary>Reads the embedded rule data files under Resources/ (this assembly's, or another project's that embeds its own).</summary>
/// <remarks>
/// Format: lines starting with '#' are comments, blank lines are ignored, "[name] reason" starts a section (name:
/// lower-case letters, digits and hyphens), every other line is one entry of the current section.
/// </remarks>
public static partial class ResourceText
{
    private static readonly Assembly Assembly = typeof(ResourceText).Assembly;

    /// <summary>The sections of Resources/<paramref name="folder"/>/<paramref name="file"/> (of <paramref name="assembly"/>, by default this one).</summary>
    public static IReadOnlyList<ResourceSection> Sections(string folder, string file, Assembly? assembly = null)
    {
        var sections = new List<ResourceSection>();
        string? name = null, reason = null;
        var entries = new List<string>();
        foreach (var line in Lines(folder, file, assembly))
        {
            if (SectionHeader().Match(line) is { Success: true } header)
            {
                if (name is not null)
                {
                    sections.Add(new ResourceSection(name, reason ?? name, entries));
                }

                name = header.Groups["name"].Value;
                reason = header.Groups["reason"].Value.Trim();
                entries = [];
            }
            else
            {
                entries.Add(line);
            }
        }

        if (name is not null)
        {
            sections.Add(new ResourceSection(name, reason ?? name, entries));
        }

        return sections;
    }

    /// <summary>The non-blank, non-comment lines of a data file, trimmed.</summary>
    public static IReadOnlyList<string> Lines(string folder, string file, Assembly? assembly = null)
    {
        using var reader = Open(folder, file, assembly);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }

    /// <summary>The whole text of a data file, for the files with a grammar of their own (the temporal lexicon and rules).</summary>
    public static string Text(string folder, string file)
    {
        using var reader = Open(folder, file, null);
        return reader.ReadToEnd();
    }

    private static StreamReader Open(string folder, string file, Assembly? assembly)
    {
        assembly ??= Assembly;
        var resource = $"{assembly.GetName().Name}.Resources.{folder}.{file}";
        var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        return new StreamReader(stream);
    }

    [GeneratedRegex(@"^\[(?<name>[a-z][a-z0-9-]*)\](?:\s+(?<reason>.*))?$")]
    private static partial Regex SectionHeader();
}
