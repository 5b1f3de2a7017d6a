using TimelineFunctions.Extraction.Events;

namespace TimelineFunctions.Extraction.Tests.Events;

/// <summary>An event word that ends a hyphenated modifier types nothing (invented text).</summary>
public sealed class TriggerCompoundTests
{
    [Theory]
    [InlineData("Ships of pre-collapse size may again use the harbour of Porthaven.", "collapse")]
    [InlineData("Post-crash checks of the Harlow line were ordered by the inspectorate.", "crash")]
    public void The_second_half_of_a_hyphenated_modifier_is_no_trigger(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);

        Assert.DoesNotContain(TriggerLexicon.Default.Index(text).Find(0, text.Length), t => t.Start == at);
    }

    [Theory]
    [InlineData("The ferry was re-floated at dawn.", "re-floated")]
    [InlineData("The old pier collapsed at dawn.", "collapsed")]
    public void A_hyphenated_or_plain_event_word_still_triggers(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);

        Assert.Contains(TriggerLexicon.Default.Index(text).Find(0, text.Length), t => t.Start == at);
    }
}
