namespace TimelineFunctions.Extraction.Comparison;

/// <summary>The Porter stemmer as published (M.F. Porter, 1980), which folds the wordings of one word to one stem.</summary>
/// <remarks>
/// M.F. Porter, "An algorithm for suffix stripping", Program 14(3), 130–137 (1980), steps 1a to 5b with no later changes. It
/// folds the wordings of one word to one stem, so that two reports of one event compare alike however they word it:
/// "jailed" and "jail" both give "jail", "deported" and "deportation" both give "deport". Stems are for comparing, not
/// for showing: "happy" gives "happi", "evacuation" "evacu".
/// </remarks>
public static class PorterStemmer
{
    // In each table only the rule with the longest matching suffix is tried (the paper's rule), so the order of the
    // rows does not matter.
    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step4Rules =
    [
        ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""), ("ible", ""), ("ant", ""),
        ("ement", ""), ("ment", ""), ("ent", ""), ("ion", ""), ("ou", ""), ("ism", ""), ("ate", ""), ("iti", ""),
        ("ous", ""), ("ive", ""), ("ize", ""),
    ];

    /// <summary>
    /// The stem of a lower-case word. Words of two letters or fewer, and words with any character outside a–z,
    /// are returned as they are.
    /// </summary>
    public static string Stem(string word)
    {
        if (word.Length <= 2 || word.AsSpan().ContainsAnyExceptInRange('a', 'z'))
        {
            return word;
        }

        // No step makes the word longer than it came in, so one buffer of its length does for all of them.
        Span<char> letters = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.CopyTo(letters);
        var stem = new Word(letters);
        Step1a(ref stem);
        Step1b(ref stem);
        Step1c(ref stem);
        ApplyLongestRule(ref stem, Step2Rules);
        ApplyLongestRule(ref stem, Step3Rules);
        Step4(ref stem);
        Step5a(ref stem);
        Step5b(ref stem);
        return stem.Letters.SequenceEqual(word) ? word : stem.Letters.ToString();
    }

    private static void Step1a(ref Word word)
    {
        if (word.EndsWith("sses") || word.EndsWith("ies"))
        {
            word.Truncate(word.Length - 2);
        }
        else if (word.EndsWith("s") && !word.EndsWith("ss"))
        {
            word.Truncate(word.Length - 1);
        }
    }

    private static void Step1b(ref Word word)
    {
        // "eed" is the longest suffix of the step, so when its condition fails ("feed") "ed" is not tried.
        if (word.EndsWith("eed"))
        {
            if (word.Measure(word.Length - 3) > 0)
            {
                word.Truncate(word.Length - 1);
            }

            return;
        }

        var stemLength = word.EndsWith("ed") ? word.Length - 2 : word.EndsWith("ing") ? word.Length - 3 : -1;
        if (stemLength < 0 || !word.HasVowel(stemLength))
        {
            return;
        }

        word.Truncate(stemLength);
        if (word.EndsWith("at") || word.EndsWith("bl") || word.EndsWith("iz"))
        {
            word.Append('e');
        }
        else if (word.EndsWithDoubleConsonant() && word.Last is not ('l' or 's' or 'z'))
        {
            word.Truncate(word.Length - 1);
        }
        else if (word.Measure(word.Length) == 1 && word.EndsConsonantVowelConsonant(word.Length))
        {
            word.Append('e');
        }
    }

    private static void Step1c(ref Word word)
    {
        if (word.EndsWith("y") && word.HasVowel(word.Length - 1))
        {
            word.Replace(word.Length - 1, "i");
        }
    }

    /// <summary>Steps 2 and 3: the rule with the longest matching suffix, if what comes before it has m &gt; 0.</summary>
    private static void ApplyLongestRule(ref Word word, (string Suffix, string Replacement)[] rules)
    {
        var rule = LongestMatch(word, rules);
        if (rule >= 0)
        {
            var stemLength = word.Length - rules[rule].Suffix.Length;
            if (word.Measure(stemLength) > 0)
            {
                word.Replace(stemLength, rules[rule].Replacement);
            }
        }
    }

    private static void Step4(ref Word word)
    {
        var rule = LongestMatch(word, Step4Rules);
        if (rule < 0)
        {
            return;
        }

        var suffix = Step4Rules[rule].Suffix;
        var stemLength = word.Length - suffix.Length;
        if (word.Measure(stemLength) > 1 && (suffix != "ion" || word[stemLength - 1] is 's' or 't'))
        {
            word.Truncate(stemLength);
        }
    }

    private static void Step5a(ref Word word)
    {
        if (word.EndsWith("e"))
        {
            var measure = word.Measure(word.Length - 1);
            if (measure > 1 || (measure == 1 && !word.EndsConsonantVowelConsonant(word.Length - 1)))
            {
                word.Truncate(word.Length - 1);
            }
        }
    }

    private static void Step5b(ref Word word)
    {
        if (word.Last == 'l' && word.EndsWithDoubleConsonant() && word.Measure(word.Length) > 1)
        {
            word.Truncate(word.Length - 1);
        }
    }

    private static int LongestMatch(in Word word, (string Suffix, string Replacement)[] rules)
    {
        var longest = -1;
        for (var i = 0; i < rules.Length; i++)
        {
            if (word.EndsWith(rules[i].Suffix) && (longest < 0 || rules[i].Suffix.Length > rules[longest].Suffix.Length))
            {
                longest = i;
            }
        }

        return longest;
    }

    /// <summary>The word being stemmed: the first <see cref="Length"/> letters of a buffer it never outgrows.</summary>
    private ref struct Word(Span<char> buffer)
    {
        private readonly Span<char> _buffer = buffer;

        public int Length { get; private set; } = buffer.Length;

        public readonly ReadOnlySpan<char> Letters => _buffer[..Length];

        public readonly char Last => _buffer[Length - 1];

        public readonly char this[int index] => _buffer[index];

        public readonly bool EndsWith(string suffix) => Letters.EndsWith(suffix, StringComparison.Ordinal);

        /// <summary>
        /// The paper's m for the first <paramref name="length"/> letters: how many vowel-consonant runs they have,
        /// written [C](VC){m}[V]. "tree" has 0, "trouble" 1, "troubles" 2.
        /// </summary>
        public readonly int Measure(int length)
        {
            var i = 0;
            while (i < length && IsConsonant(i))
            {
                i++;
            }

            var measure = 0;
            while (i < length)
            {
                while (i < length && !IsConsonant(i))
                {
                    i++;
                }

                if (i == length)
                {
                    break;
                }

                measure++;
                while (i < length && IsConsonant(i))
                {
                    i++;
                }
            }

            return measure;
        }

        /// <summary>The paper's *v*: the first <paramref name="length"/> letters have a vowel.</summary>
        public readonly bool HasVowel(int length)
        {
            for (var i = 0; i < length; i++)
            {
                if (!IsConsonant(i))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The paper's *d: the word ends in two of one consonant.</summary>
        public readonly bool EndsWithDoubleConsonant() =>
            Length >= 2 && _buffer[Length - 1] == _buffer[Length - 2] && IsConsonant(Length - 1);

        /// <summary>
        /// The paper's *o: the first <paramref name="length"/> letters end consonant, vowel, consonant, the last
        /// not w, x or y ("hop", "fil"): the short syllable that keeps or gets a final e.
        /// </summary>
        public readonly bool EndsConsonantVowelConsonant(int length) =>
            length >= 3 && IsConsonant(length - 3) && !IsConsonant(length - 2) && IsConsonant(length - 1)
            && _buffer[length - 1] is not ('w' or 'x' or 'y');

        public void Truncate(int length) => Length = length;

        public void Append(char letter)
        {
            _buffer[Length] = letter;
            Length++;
        }

        /// <summary>Keeps the first <paramref name="stemLength"/> letters and puts the ending after them.</summary>
        public void Replace(int stemLength, string ending)
        {
            ending.CopyTo(_buffer[stemLength..]);
            Length = stemLength + ending.Length;
        }

        // The paper's consonant: not a, e, i, o or u, and not a y that follows a consonant ("toy": y is a consonant;
        // "syzygy": every y is a vowel).
        private readonly bool IsConsonant(int index) => _buffer[index] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => index == 0 || !IsConsonant(index - 1),
            _ => true,
        };
    }
}
