namespace TimelineFunctions.Extraction.Text;

/// <summary>A word or punctuation mark of a text, with its offset in that text.</summary>
public readonly record struct Token(int Start, string Text)
{
    public int End => Start + Text.Length;

    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);

    /// <summary>Starts with a capital letter ("Wang", "U.S.", "McHenry", "FTX").</summary>
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>All letters upper-case, at least two of them ("FTX", "USACE", "U.S.").</summary>
    public bool IsAllCaps
    {
        get
        {
            // One pass without LINQ: this runs for most capitalized tokens of every article.
            var letters = 0;
            foreach (var c in Text)
            {
                if (char.IsLetter(c))
                {
                    if (!char.IsUpper(c))
                    {
                        return false;
                    }

                    letters++;
                }
            }

            return letters >= 2;
        }
    }
}
