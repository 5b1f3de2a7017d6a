using System.Text.RegularExpressions;
using TimelineFunctions.Extraction.Text;

namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// Finds the matches of one alternation of trigger patterns, in linear time, however many patterns there are.
/// </summary>
/// <remarks>
/// A linear-time (<see cref="RegexOptions.NonBacktracking"/>) expression has a size limit, which the trigger file
/// outgrows. The patterns are therefore compiled in consecutive groups (halved until each fits), and the scan takes,
/// from each position, the earliest match of any group, the earlier group on a tie. That is the match the whole
/// alternation would give: an earlier group holds every pattern that comes before a later group's.
/// </remarks>
public sealed class TriggerScanner
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture;

    private readonly Regex[] _groups;

    public TriggerScanner(IReadOnlyList<string> patterns)
    {
        _groups = [.. LinearTimeGroups.Compile(patterns.Count, (start, end) => Compile(patterns, start, end)).Select(g => g.Regex)];
    }

    /// <summary>How many expressions the patterns needed.</summary>
    public int GroupCount => _groups.Length;

    /// <summary>Every match, left to right, as the whole alternation would find them.</summary>
    public List<(int Index, int Length)> Matches(string text)
    {
        var found = new List<(int Index, int Length)>();
        if (_groups.Length == 1)
        {
            foreach (var match in _groups[0].EnumerateMatches(text))
            {
                found.Add((match.Index, match.Length));
            }

            return found;
        }

        var next = new (int Index, int Length)[_groups.Length];
        Array.Fill(next, (-1, 0));
        var position = 0;
        while (position <= text.Length)
        {
            var best = -1;
            for (var g = 0; g < _groups.Length; g++)
            {
                if (next[g].Index < position && next[g].Index != int.MaxValue)
                {
                    next[g] = First(_groups[g], text, position);
                }

                if (next[g].Index != int.MaxValue && (best < 0 || next[g].Index < next[best].Index))
                {
                    best = g;
                }
            }

            if (best < 0)
            {
                break;
            }

            found.Add(next[best]);
            position = next[best].Index + Math.Max(next[best].Length, 1);
        }

        return found;
    }

    private static (int Index, int Length) First(Regex regex, string text, int position)
    {
        foreach (var match in regex.EnumerateMatches(text.AsSpan(), position))
        {
            return (match.Index, match.Length);
        }

        return (int.MaxValue, 0);
    }

    private static Regex Compile(IReadOnlyList<string> patterns, int start, int end) =>
        new($@"\b(?:{string.Join('|', patterns.Skip(start).Take(end - start).Select(p => $"(?:{p})"))})\b", Options);
}
