namespace TimelineFunctions.Extraction.Text;

/// <summary>White space helpers that allocate only when there is something to change.</summary>
public static class Whitespace
{
    /// <summary>Every run of white space as one space (what <c>Regex.Replace(text, @"\s+", " ")</c> gives); the text itself when it has no other run.</summary>
    public static string Collapse(string text)
    {
        var clean = true;
        for (var i = 0; i < text.Length && clean; i++)
        {
            clean = !char.IsWhiteSpace(text[i]) || (text[i] == ' ' && (i + 1 == text.Length || !char.IsWhiteSpace(text[i + 1])));
        }

        if (clean)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                builder.Append(text[i]);
            }
            else if (i == 0 || !char.IsWhiteSpace(text[i - 1]))
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }
}
