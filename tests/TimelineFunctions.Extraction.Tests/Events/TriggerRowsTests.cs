using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Tests.Events;

/// <summary>
/// Lint of Resources/Events/triggers.tsv: the first row whose pattern matches a phrase types it, so a literal
/// alternative an earlier row already matches is dead (shadowed), and the row would never type that phrase.
/// </summary>
public sealed class TriggerRowsTests
{
    private static readonly List<string[]> Rows = [.. EmbeddedData.Lines("Events/triggers.tsv").Select(l => l.Split('\t'))];

    [Fact]
    public void Every_row_has_a_pattern_a_type_and_a_code()
    {
        Assert.All(Rows, r => Assert.Equal(3, r.Length));
    }

    [Fact]
    public void No_literal_alternative_is_shadowed_by_an_earlier_row()
    {
        var whole = Rows.Select(r => new Regex($@"\A(?:{r[0].ToLowerInvariant()})\z", RegexOptions.CultureInvariant)).ToList();
        var shadowed = new List<string>();
        for (var i = 0; i < Rows.Count; i++)
        {
            foreach (var literal in TopLevelAlternatives(Rows[i][0]).Where(IsLiteral))
            {
                var earlier = whole.Take(i).Select((regex, row) => (regex, row)).FirstOrDefault(x => x.regex.IsMatch(literal.ToLowerInvariant()));
                if (earlier.regex is not null)
                {
                    shadowed.Add($"'{literal}' ({Rows[i][1]}) is typed by the earlier row {Rows[earlier.row][1]}");
                }
            }
        }

        Assert.True(shadowed.Count == 0, string.Join("\n", shadowed));
    }

    [Fact]
    public void The_lint_finds_a_shadowed_literal()
    {
        Assert.Matches(@"\A(?:launched|unveiled)\z", "launched");
        Assert.Equal(["launched", "founded"], TopLevelAlternatives("launched|founded").ToArray());
        Assert.False(IsLiteral("found(?:ed)?"));
    }

    private static IEnumerable<string> TopLevelAlternatives(string pattern)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    yield return pattern[start..i];
                    start = i + 1;
                    break;
            }
        }

        yield return pattern[start..];
    }

    private static bool IsLiteral(string alternative) => alternative.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '\'');
}
