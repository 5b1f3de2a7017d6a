using TimelineFunctions.Evaluation.T17;

namespace TimelineFunctions.Evaluation.Tests.T17;

/// <summary>ROUGE and Date F1 on cases worked out by hand.</summary>
public sealed class RougeTests
{
    private static readonly DateOnly D1 = new(2024, 3, 1);
    private static readonly DateOnly D2 = new(2024, 3, 2);
    private static readonly DateOnly D3 = new(2024, 3, 3);

    [Fact]
    public void Tokens_are_lower_cased_words_without_punctuation() =>
        Assert.Equal(["the", "cat", "sat", "in", "2009"], Rouge.Tokens("The Cat, sat (in 2009)."));

    [Fact]
    public void Rouge1_of_one_word_changed_in_six_is_five_sixths()
    {
        // the×2, cat, on, mat match: 5 of 6 either way.
        Assert.Equal(5.0 / 6, Rouge.F1(["the cat sat on the mat"], ["the cat lay on the mat"], 1), 9);
    }

    [Fact]
    public void Rouge2_counts_shared_bigrams()
    {
        // "the cat", "on the", "the mat" of five bigrams each side: P = R = 3/5.
        Assert.Equal(0.6, Rouge.F1(["the cat sat on the mat"], ["the cat lay on the mat"], 2), 9);
    }

    [Fact]
    public void Matches_are_clipped_by_the_reference_count()
    {
        // "the" three times against once: 1 match, P = 1/3, R = 1/2, F1 = 0.4.
        Assert.Equal(0.4, Rouge.F1(["the the the"], ["the cat"], 1), 9);
    }

    [Fact]
    public void Sentences_are_counted_apart_so_no_bigram_spans_two_of_them()
    {
        // "a b" + "c d" has 2 bigrams, none of them "b c".
        Assert.Equal((0, 2, 1), Rouge.Counts(["a b", "c d"], ["b c"], 2));
    }

    [Fact]
    public void Date_aligned_rouge_matches_only_within_a_date()
    {
        var system = new Dictionary<DateOnly, IReadOnlyList<string>> { [D1] = ["a b c"], [D2] = ["d e"] };
        var gold = new Dictionary<DateOnly, IReadOnlyList<string>> { [D1] = ["a b x"], [D3] = ["d e"] };

        // Unigrams: a and b match on D1; "d e" is on different dates. P = R = 2/5.
        Assert.Equal(0.4, Rouge.DateAlignedF1(system, gold, 1), 9);
        // Bigrams: "a b" matches; 3 system and 3 gold bigrams in all.
        Assert.Equal(1.0 / 3, Rouge.DateAlignedF1(system, gold, 2), 9);
        // Concatenated, the same sentences share four unigrams: P = R = 4/5.
        Assert.Equal(0.8, Rouge.F1(system.Values.SelectMany(s => s), gold.Values.SelectMany(s => s), 1), 9);
    }

    [Fact]
    public void Nothing_in_common_is_zero() => Assert.Equal(0, Rouge.F1(["a"], ["b"], 1));

    [Fact]
    public void Date_f1_of_two_hits_among_four_chosen_and_three_gold_is_four_sevenths()
    {
        DateOnly[] chosen = [D1, D2, D3, new(2024, 3, 4)];
        DateOnly[] gold = [D2, D3, new(2024, 3, 5)];
        Assert.Equal(4.0 / 7, DateF1.Of(chosen, gold), 9);
        Assert.Equal(0, DateF1.Of([D1], [D2]));
        Assert.Equal(1, DateF1.Of([D1, D2], [D2, D1]));
    }

    [Fact]
    public void A_score_averages_per_measure()
    {
        var score = T17Score.Of([(D1, ["a b c"]), (D2, ["d e"])], [new T17GoldDate(D1, ["a b x"]), new T17GoldDate(D3, ["d e"])]);
        Assert.Equal(0.5, score.DateF1, 9);
        Assert.Equal(0.8, score.Rouge1, 9);
        Assert.Equal(0.4, score.AlignedRouge1, 9);

        var average = T17Score.Average([score, new T17Score(1, 0, 0, 0, 0)]);
        Assert.Equal(0.75, average.DateF1, 9);
        Assert.Equal(0.4, average.Rouge1, 9);
    }
}
