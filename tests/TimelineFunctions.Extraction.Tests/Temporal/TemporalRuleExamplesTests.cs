using System.Reflection;

namespace TimelineFunctions.Extraction.Tests.Temporal;

/// <summary>Every rule of Resources/Temporal/rules.txt has an example in <see cref="TemporalRuleTests"/>.</summary>
public sealed class TemporalRuleExamplesTests
{
    [Fact]
    public void Every_rule_has_an_example()
    {
        var rules = ResourceText.Lines("Temporal", "rules.txt").Select(l => l.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0]).ToHashSet(StringComparer.Ordinal);
        var withExample = ExampleRuleNames();
        var missing = rules.Where(r => !withExample.Contains(r)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "rules without an example in TemporalRuleTests.Rule_normalises_its_expression: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_examples_are_read_from_the_theory()
    {
        Assert.Contains("iso-date", ExampleRuleNames());
        Assert.DoesNotContain("no-such-rule", ExampleRuleNames());
    }

    /// <summary>The rule names (last argument) of the theory's inline cases.</summary>
    private static HashSet<string> ExampleRuleNames() =>
        typeof(TemporalRuleTests).GetMethod(nameof(TemporalRuleTests.Rule_normalises_its_expression))!
            .GetCustomAttributes<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).Single()[^1])
            .ToHashSet(StringComparer.Ordinal);
}
