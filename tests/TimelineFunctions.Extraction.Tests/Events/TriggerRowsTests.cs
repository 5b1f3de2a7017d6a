using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Events;

namespace TimelineFunctions.Extraction.Tests.Events;

/// <summary>
/// Lint of Resources/Events/triggers.tsv: the first row whose pattern matches a phrase types it, so a literal
/// alternative an earlier row already matches is dead (shadowed), and the row would never type that phrase.
/// </summary>
public sealed class TriggerRowsTests
{
    private static readonly List<string[]> Rows = [.. ResourceText.Lines("Events", "triggers.tsv").Select(l => l.Split('\t'))];

    [Fact]
    public void Every_row_has_a_pattern_a_type_a_code_and_an_example()
    {
        Assert.All(Rows, r =>
        {
            Assert.Equal(4, r.Length);
            Assert.False(string.IsNullOrWhiteSpace(r[3]), $"the row of {r[1]} ('{r[0]}') has no example");
        });
    }

    /// <summary>
    /// Each row's example is typed by that row: a row whose example an earlier row takes is shadowed there, and a
    /// pattern that does not match its own example is broken.
    /// </summary>
    [Fact]
    public void Every_example_is_typed_by_its_own_row()
    {
        var wrong = new List<string>();
        foreach (var row in Rows.Where(r => r.Length == 4))
        {
            var example = row[3];
            var types = TriggerLexicon.Default.Index(example).Find(0, example.Length).Select(m => (m.Kind.Type, m.Kind.CameoCode)).ToList();
            var own = (row[1], row[2] == "-" ? null : row[2]);
            if (types.Count == 0 || types.Any(t => t != own))
            {
                wrong.Add($"'{example}' ({row[1]}) is typed {(types.Count == 0 ? "nothing" : string.Join(", ", types.Select(t => t.Type)))}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
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
