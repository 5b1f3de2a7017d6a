using TimelineFunctions.Extraction.Comparison;

namespace TimelineFunctions.Extraction.Tests.Comparison;

public sealed class ContentWordsTests
{
    [Fact]
    public void Function_words_reporting_verbs_date_words_and_numbers_are_left_out() =>
        Assert.Equal(["ministri", "protest"], ContentWords.Of("The ministry said on Friday this week it had protested 3 times.").Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("WASHINGTON | Tue Apr 28, 2009 6:32 pm EDT WASHINGTON (Reuters) -", "washington reuter")]
    [InlineData("The attack began on the night of Oct. 12.", "attack began")]
    [InlineData("Staff worked through Wednesday evening and into Thurs.", "staff work")]
    public void Names_of_months_weekdays_parts_of_the_day_and_time_zones_are_date_words_with_their_abbreviations(string text, string expected) =>
        Assert.Equal(expected.Split(' ').Order(StringComparer.Ordinal), ContentWords.Of(text).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("deported", "deportation")]
    [InlineData("Koreans", "Korean")]
    [InlineData("re-floated", "refloated")]
    [InlineData("China's", "China")]
    [InlineData("jailed", "jail")]
    [InlineData("buoyant", "refloated")]
    [InlineData("convicted", "guilty")]
    public void Wordings_of_one_word_share_a_stem(string a, string b) =>
        Assert.Equal(ContentWords.Of(a), ContentWords.Of(b));

    [Theory]
    [InlineData("jailed", "sentenced")]
    [InlineData("minister", "ministry")]
    public void Related_words_that_are_not_one_word_stay_apart(string a, string b) =>
        Assert.NotEqual(ContentWords.Of(a), ContentWords.Of(b));

    [Fact]
    public void Similarity_is_one_for_the_same_words_and_zero_for_none_in_common()
    {
        var a = ContentWords.Of("China deported North Korean defectors");
        Assert.Equal(1, ContentWords.Similarity(a, ContentWords.Of("North Korean defectors deported by China")), 6);
        Assert.Equal(0, ContentWords.Similarity(a, ContentWords.Of("Bridge reopened to shipping traffic")));
        Assert.Equal(0, ContentWords.Similarity(a, ContentWords.Of("")));
    }
}
