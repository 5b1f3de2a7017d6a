namespace TimelineFunctions.Extraction.Events;

/// <summary>
/// A year that is part of a name dates nothing: "the 2022 Asian Games", "its 2019 Harbour Festival" name an edition of
/// something, not when the sentence's event happened.
/// </summary>
/// <remarks>
/// Such a year is a bare four-digit number after a determiner or a possessive and before a capitalized word; "FTX's
/// 2022 collapse" (a lower-case noun) stays a date.
/// </remarks>
public static partial class YearInName
{
    public static bool Holds(string text, Temporal.TemporalExpression timex)
    {
        if (timex.Text.Length != 4 || !timex.Text.All(char.IsAsciiDigit))
        {
            return false;
        }

        var before = text.AsSpan(0, timex.Start).TrimEnd();
        var after = text.AsSpan(timex.End).TrimStart();
        return Determiner().IsMatch(before) && after.Length > 1 && char.IsUpper(after[0]) && char.IsLetter(after[1]);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\b(?:the|a|an|this|that|its|their|his|her|our|last|next)|['’]s)\z", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Determiner();
}
