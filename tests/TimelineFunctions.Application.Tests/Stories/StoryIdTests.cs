using TimelineFunctions.Application.Stories;

namespace TimelineFunctions.Application.Tests.Stories;

public sealed class StoryIdTests
{
    [Theory]
    [InlineData("sbf-trial", "sbf-trial")]
    [InlineData("Key_Bridge-2024", "key_bridge-2024")]
    [InlineData("a", "a")]
    public void Valid_ids_are_lower_cased(string candidate, string expected)
    {
        Assert.True(StoryId.TryNormalize(candidate, out var id, out _));
        Assert.Equal(expected, id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-leading-dash")]
    [InlineData("has space")]
    [InlineData("has/slash")]
    [InlineData("has#hash")]
    [InlineData("question?")]
    [InlineData("tab\there")]
    [InlineData("ünicode")]
    [InlineData("a-story-id-that-is-far-too-long-to-be-a-partition-key-because-it-exceeds")]
    public void Ids_tables_keys_or_urls_cannot_hold_are_refused_with_a_reason(string candidate)
    {
        Assert.False(StoryId.TryNormalize(candidate, out _, out var problem));
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    [Fact]
    public void Problems_never_echo_control_characters()
    {
        StoryId.TryNormalize("bad\u0001\u001bid", out _, out var problem);
        Assert.DoesNotContain('\u0001', problem!);
        Assert.DoesNotContain('\u001b', problem!);
    }
}
