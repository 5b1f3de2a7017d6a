using static TimelineFunctions.Extraction.Tests.Events.EventTestText;

namespace TimelineFunctions.Extraction.Tests.Events;

/// <summary>A frame that tells nothing was said makes no statement.</summary>
public sealed class RefusalTests
{
    private static readonly DateOnly Monday = new(2027, 6, 21);

    [Theory]
    [InlineData("Its chief executive, Rolf Ambery, declined to say whether the company would sue the council.")]
    [InlineData("Central bank governor Yasmin Tarrant did not say when withdrawals would resume.")]
    [InlineData("The Quellmarch Food Office has not said whether the minister raised the case with his counterpart.")]
    [InlineData("Mayor Helga Rostrand refused to say when she was told of the complaint.")]
    public void Nothing_said_is_no_statement(string text)
    {
        Assert.DoesNotContain(ExtractTagged(Monday, text), e => e.Type == "statement");
    }

    [Theory]
    [InlineData("The ministry said on Monday that the minister had not raised the case.")]
    [InlineData("\"The branches stayed open all day and nobody was turned away, not one,\" the spokeswoman said on Monday.")]
    public void A_statement_that_denies_something_is_still_said(string text)
    {
        Assert.Contains(ExtractTagged(Monday, text), e => e.Type == "statement");
    }
}
