using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace TimelineFunctions.Extraction.Reading;

/// <summary>
/// Picks the character encoding of article bytes: byte-order marks (UTF-8, UTF-16 LE/BE), UTF-16 without a BOM
/// (by the NUL pattern of ASCII text), a valid-UTF-8 check, an HTML/XML charset declaration, and Windows-1252
/// as the last resort (it decodes every byte, so old Western pages come out right and nothing throws).
/// </summary>
public static partial class EncodingDetector
{
    private const int SniffBytes = 4096;

    static EncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return new(DecodeUtf8(bytes[3..]), "utf-8", "UTF-8 byte-order mark");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return new(Encoding.Unicode.GetString(bytes[2..]), "utf-16le", "UTF-16 little-endian byte-order mark");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", "UTF-16 big-endian byte-order mark");
        }

        if (Utf16WithoutBom(bytes) is { } utf16)
        {
            return new(utf16.GetString(bytes), utf16.WebName, "NUL pattern of UTF-16 text without a byte-order mark");
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return new(DecodeUtf8(bytes), "utf-8", "the bytes are valid UTF-8");
        }

        var (multibyte, invalid) = Utf8Shape(bytes);
        if (System.Text.Unicode.Utf8.IsValid(bytes[..LastCharacterStart(bytes)]) || (multibyte > 0 && invalid * 20 <= multibyte))
        {
            // Excerpts cut at a byte limit end mid-character, and a rare stray bad byte does not make a UTF-8 page Windows-1252.
            return new(DecodeUtf8(bytes), "utf-8", $"UTF-8 with {invalid} invalid sequence(s) among {multibyte} multi-byte characters (replaced)");
        }

        if (DeclaredCharset(bytes) is { } declared && Lookup(declared) is { } encoding && encoding.CodePage != Encoding.UTF8.CodePage)
        {
            return new(encoding.GetString(bytes), encoding.WebName, $"declared charset \"{declared}\"");
        }

        return new(Encoding.GetEncoding(1252).GetString(bytes), "windows-1252", "not valid UTF-8 and no usable charset declaration: Windows-1252 fallback");
    }

    /// <summary>Where the last (possibly cut-off) UTF-8 character starts: at most 3 bytes back, at a non-continuation byte.</summary>
    private static int LastCharacterStart(ReadOnlySpan<byte> bytes)
    {
        var i = bytes.Length - 1;
        while (i > 0 && i > bytes.Length - 4 && (bytes[i] & 0xC0) == 0x80)
        {
            i--;
        }

        return Math.Max(0, i);
    }

    private static (int Multibyte, int Invalid) Utf8Shape(ReadOnlySpan<byte> bytes)
    {
        int multibyte = 0, invalid = 0;
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                multibyte += consumed > 1 ? 1 : 0;
            }
            else
            {
                invalid++;
            }

            bytes = bytes[Math.Max(1, consumed)..];
        }

        return (multibyte, invalid);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes) => new UTF8Encoding(false, false).GetString(bytes);

    private static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SniffBytes)];
        if (sample.Length < 8)
        {
            return null;
        }

        int evenNul = 0, oddNul = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            evenNul += sample[i] == 0 ? 1 : 0;
            oddNul += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05)
        {
            return Encoding.Unicode;
        }

        return evenNul > pairs * 0.4 && oddNul < pairs * 0.05 ? Encoding.BigEndianUnicode : null;
    }

    private static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, SniffBytes)]);
        var match = CharsetDeclaration().Match(head);
        return match.Success ? match.Groups["cs"].Value : null;
    }

    private static Encoding? Lookup(string name)
    {
        // WHATWG: pages labelled Latin-1/ASCII are decoded as Windows-1252; a UTF-16 label in ASCII-compatible bytes is wrong.
        var label = name.Trim().ToUpperInvariant();
        if (label is "ISO-8859-1" or "LATIN1" or "US-ASCII" or "ASCII" or "ISO8859-1" or "L1")
        {
            return Encoding.GetEncoding(1252);
        }

        if (label.StartsWith("UTF-16", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"(?:<meta[^>]{0,200}?charset\s*=\s*[""']?|<\?xml[^>]{0,100}?encoding\s*=\s*[""'])(?<cs>[A-Za-z0-9_:.\-]{2,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetDeclaration();
}
