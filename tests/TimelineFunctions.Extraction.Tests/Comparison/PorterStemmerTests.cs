using TimelineFunctions.Extraction.Comparison;

namespace TimelineFunctions.Extraction.Tests.Comparison;

// The words are the examples of Porter's paper, step by step. The paper shows what one step makes of a word
// ("relational" to "relate" in step 2); the expected values here are what the whole algorithm makes of it ("relat").
public sealed class PorterStemmerTests
{
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "ti")]
    [InlineData("caress", "caress")]
    [InlineData("cats", "cat")]
    public void The_papers_step_1a_examples_lose_their_plural_endings(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("bled", "bled")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    public void The_papers_step_1b_examples_lose_eed_ed_and_ing_only_where_the_paper_lets_them(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("conflated", "conflat")]
    [InlineData("troubled", "troubl")]
    [InlineData("sized", "size")]
    [InlineData("hopping", "hop")]
    [InlineData("tanned", "tan")]
    [InlineData("falling", "fall")]
    [InlineData("hissing", "hiss")]
    [InlineData("fizzed", "fizz")]
    [InlineData("failing", "fail")]
    [InlineData("filing", "file")]
    public void The_papers_step_1b_examples_are_tidied_after_ed_or_ing_goes(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("happy", "happi")]
    [InlineData("sky", "sky")]
    public void The_papers_step_1c_examples_turn_y_to_i_only_when_the_stem_has_a_vowel(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("rational", "ration")]
    [InlineData("valenci", "valenc")]
    [InlineData("hesitanci", "hesit")]
    [InlineData("digitizer", "digit")]
    [InlineData("conformabli", "conform")]
    [InlineData("radicalli", "radic")]
    [InlineData("differentli", "differ")]
    [InlineData("vileli", "vile")]
    [InlineData("analogousli", "analog")]
    [InlineData("vietnamization", "vietnam")]
    [InlineData("predication", "predic")]
    [InlineData("operator", "oper")]
    [InlineData("feudalism", "feudal")]
    [InlineData("decisiveness", "decis")]
    [InlineData("hopefulness", "hope")]
    [InlineData("callousness", "callous")]
    [InlineData("formaliti", "formal")]
    [InlineData("sensitiviti", "sensit")]
    [InlineData("sensibiliti", "sensibl")]
    public void The_papers_step_2_examples_stem_to_their_final_stems(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("triplicate", "triplic")]
    [InlineData("formative", "form")]
    [InlineData("formalize", "formal")]
    [InlineData("electriciti", "electr")]
    [InlineData("electrical", "electr")]
    [InlineData("hopeful", "hope")]
    [InlineData("goodness", "good")]
    public void The_papers_step_3_examples_stem_to_their_final_stems(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("revival", "reviv")]
    [InlineData("allowance", "allow")]
    [InlineData("inference", "infer")]
    [InlineData("airliner", "airlin")]
    [InlineData("gyroscopic", "gyroscop")]
    [InlineData("adjustable", "adjust")]
    [InlineData("defensible", "defens")]
    [InlineData("irritant", "irrit")]
    [InlineData("replacement", "replac")]
    [InlineData("adjustment", "adjust")]
    [InlineData("dependent", "depend")]
    [InlineData("adoption", "adopt")]
    [InlineData("homologou", "homolog")]
    [InlineData("communism", "commun")]
    [InlineData("activate", "activ")]
    [InlineData("angulariti", "angular")]
    [InlineData("homologous", "homolog")]
    [InlineData("effective", "effect")]
    [InlineData("bowdlerize", "bowdler")]
    public void The_papers_step_4_examples_lose_their_last_suffix(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    // "cement" is the paper's example of the longest suffix alone being tried: "ement" fails m > 1, and neither
    // "ment" nor "ent" is tried after it.
    [Fact]
    public void Only_the_longest_matching_suffix_of_a_step_is_tried() =>
        Assert.Equal("cement", PorterStemmer.Stem("cement"));

    [Theory]
    [InlineData("probate", "probat")]
    [InlineData("rate", "rate")]
    [InlineData("cease", "ceas")]
    public void The_papers_step_5a_examples_lose_a_final_e_unless_a_short_syllable_needs_it(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("controll", "control")]
    [InlineData("roll", "roll")]
    public void The_papers_step_5b_examples_lose_a_double_l_only_in_long_stems(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("generalizations", "gener")]
    [InlineData("oscillators", "oscil")]
    [InlineData("connect", "connect")]
    [InlineData("connected", "connect")]
    [InlineData("connecting", "connect")]
    [InlineData("connection", "connect")]
    [InlineData("connections", "connect")]
    public void The_papers_whole_word_examples_go_through_every_step(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("jailed", "jail")]
    [InlineData("jail", "jail")]
    [InlineData("refloated", "refloat")]
    [InlineData("deported", "deport")]
    [InlineData("deportation", "deport")]
    [InlineData("suspended", "suspend")]
    [InlineData("suspension", "suspens")]
    [InlineData("reopened", "reopen")]
    [InlineData("evacuated", "evacu")]
    [InlineData("evacuation", "evacu")]
    public void News_words_fold_to_the_stem_of_their_other_wordings(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("be")]
    [InlineData("as")]
    public void Words_of_two_letters_or_fewer_are_left_as_they_are(string word) =>
        Assert.Equal(word, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("café")]
    [InlineData("naïvely")]
    [InlineData("Jailed")]
    [InlineData("re-floated")]
    [InlineData("covid19")]
    public void Words_with_characters_outside_a_to_z_are_left_as_they_are(string word) =>
        Assert.Equal(word, PorterStemmer.Stem(word));
}
