using TimelineFunctions.Extraction.Events;

namespace TimelineFunctions.Extraction.Tests.Events;

/// <summary>Which sentences are a quotation and who said it, nothing more (<see cref="WholeQuotation"/>), on invented sentences.</summary>
public sealed class WholeQuotationTests
{
    [Theory]
    [InlineData("\"I would rather sound a false alarm a hundred times than lose one person,\" she said.")]
    [InlineData("\u201CWe were the forgotten ward for two months,\u201D said Joel Arden, whose bakery faces the school.")]
    [InlineData("You count the meals to know what day it is,\" he told the Courier.")]
    public void A_quotation_and_its_speaker_is_a_whole_quotation(string sentence) =>
        Assert.True(WholeQuotation.Holds(sentence));

    [Theory]
    [InlineData("The mayor said it was \"too early to point fingers\", but added that she expected answers.")]
    [InlineData("\"Those findings were dealt with at the time,\" she said in a statement.")]
    [InlineData("\"People are tired and they are scared,\" the mayor said at a briefing on Wednesday morning.")]
    [InlineData("The council voted to freeze the contract on Thursday.")]
    [InlineData("\"We will appeal,\" said Ada Lind, and the party filed its petition an hour later at the regional court in the capital.")]
    public void Quoted_words_in_the_writers_sentence_or_a_formal_statement_are_not(string sentence) =>
        Assert.False(WholeQuotation.Holds(sentence));
}
