using TimelineFunctions.Evaluation.DevSet;
using static TimelineFunctions.Evaluation.Tests.DevSet.Synthetic;

namespace TimelineFunctions.Evaluation.Tests.DevSet;

public class ActorMatcherTests
{
    [Theory]
    [InlineData("Bankman-Fried", "bankman fried")]
    [InlineData("U.S. Coast Guard", "us coast guard")]
    [InlineData("'Crypto King'", "crypto king")]
    [InlineData("  Gov.  Wes   Moore ", "gov wes moore")]
    public void Keys_ignore_case_punctuation_and_spacing(string name, string key)
    {
        Assert.Equal(key, ActorMatcher.Key(name));
    }

    [Fact]
    public void A_gold_actor_is_found_by_any_name_against_any_system_name()
    {
        var gold = GoldLoader.Parse(DemoGold.Json).Actors;
        var system = new[]
        {
            Actor("Quint", "MAYOR QUINT"),          // gold alias vs system alias
            Actor("Harlow-Ferries"),               // gold name vs system name, punctuation differs
            Actor("Bram"),                         // only part of a name: not found
        };

        var matches = ActorMatcher.Match(gold, system);

        Assert.Equal([true, true, false], matches.Select(m => m.Found));
    }
}
