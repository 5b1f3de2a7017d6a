namespace TimelineFunctions.Extraction.Reading;

/// <summary>
/// Recognises input that is not text: well-known file signatures (PDF, ZIP, PNG, …) on the raw bytes, and NUL
/// or control characters in the decoded text.
/// </summary>
public static class BinarySniffer
{
    private const int ControlSample = 65536;

    private static readonly (string Name, byte[] Magic, int Offset)[] Signatures =
    [
        ("PDF document", "%PDF-"u8.ToArray(), 0),
        ("ZIP archive (or an Office/EPUB document)", [0x50, 0x4B, 0x03, 0x04], 0),
        ("ZIP archive (empty)", [0x50, 0x4B, 0x05, 0x06], 0),
        ("PNG image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 0),
        ("GIF image", "GIF87a"u8.ToArray(), 0),
        ("GIF image", "GIF89a"u8.ToArray(), 0),
        ("JPEG image", [0xFF, 0xD8, 0xFF], 0),
        ("gzip archive", [0x1F, 0x8B], 0),
        ("7-Zip archive", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], 0),
        ("RAR archive", "Rar!\x1A\x07"u8.ToArray(), 0),
        ("legacy Office document (OLE2)", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], 0),
        ("ELF executable", [0x7F, 0x45, 0x4C, 0x46], 0),
        ("WebP image", "WEBP"u8.ToArray(), 8),
        ("MP4/QuickTime video", "ftyp"u8.ToArray(), 4),
        ("Ogg media", "OggS"u8.ToArray(), 0),
        ("WebAssembly module", [0x00, 0x61, 0x73, 0x6D], 0),
    ];

    /// <summary>The kind of file the bytes start like, or null.</summary>
    public static string? DetectSignature(ReadOnlySpan<byte> bytes)
    {
        foreach (var (name, magic, offset) in Signatures)
        {
            if (bytes.Length >= offset + magic.Length && bytes.Slice(offset, magic.Length).SequenceEqual(magic))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Why decoded text looks binary (NULs, many control characters), or null when it looks like text.</summary>
    public static string? DescribeBinaryText(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, ControlSample));
        var controls = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                return "it contains NUL characters";
            }

            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v') && c is < '\u0080' or > '\u009F')
            {
                controls++;
            }
        }

        return sample.Length > 0 && controls > Math.Max(8, sample.Length * 0.02)
            ? $"{controls} of its first {sample.Length:N0} characters are control characters"
            : null;
    }
}
