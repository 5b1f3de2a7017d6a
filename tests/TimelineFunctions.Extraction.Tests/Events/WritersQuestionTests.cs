using TimelineFunctions.Extraction.Events;

namespace TimelineFunctions.Extraction.Tests.Events;

public sealed class WritersQuestionTests
{
    [Theory]
    [InlineData("What is the difference between swine flu and bird flu?", null, true)]
    [InlineData("\"Will the recount change anything?\"", null, true)]
    [InlineData("\"Who decided this?\" Roal asked.", "Roal", false)]
    [InlineData("The recount changed the result on Monday.", null, false)]
    public void A_question_no_one_is_named_as_asking_is_the_writers(string quote, string? attribution, bool holds) =>
        Assert.Equal(holds, WritersQuestion.Holds(quote, attribution));
}
