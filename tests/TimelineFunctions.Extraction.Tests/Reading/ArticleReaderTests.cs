using System.Diagnostics;
using System.Text;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Extraction.Tests.Reading;

public class ArticleReaderTests
{
    private static UnreadableArticleException Rejects(byte[] bytes, string name = "upload.txt", string? contentType = null) =>
        Assert.Throws<UnreadableArticleException>(() => ArticleReader.Read(new ArticleInput(name, bytes, contentType)));

    [Fact]
    public void Empty_input_is_rejected_as_empty()
    {
        var ex = Rejects([]);
        Assert.Equal("empty", ex.Code);
        Assert.Contains("empty", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Whitespace_only_input_is_rejected_as_empty()
    {
        Assert.Equal("empty", Rejects(Encoding.UTF8.GetBytes(" \n\t\r\n  ")).Code);
    }

    [Fact]
    public void Input_over_five_mebibytes_is_rejected_as_too_large()
    {
        Assert.Equal(5 * 1024 * 1024, ArticleReader.MaxBytes);
        var bytes = new byte[ArticleReader.MaxBytes + 1];
        bytes.AsSpan().Fill((byte)'a');
        var ex = Rejects(bytes);
        Assert.Equal("too-large", ex.Code);
        Assert.Contains("5,242,880", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "PNG")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "PDF")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00 }, "ZIP")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00 }, "GIF")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46 }, "JPEG")]
    public void Known_binary_formats_are_rejected_and_named(byte[] bytes, string kind)
    {
        var ex = Rejects(bytes, "story.txt");
        Assert.Equal("binary", ex.Code);
        Assert.Contains(kind, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_with_nul_bytes_is_rejected_as_binary()
    {
        var ex = Rejects([.. "Some words "u8, 0, 0, 1, 2, .. "more words and more words"u8]);
        Assert.Equal("binary", ex.Code);
        Assert.Contains("NUL", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_full_of_control_characters_is_rejected_as_binary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'x')).ToArray();
        Assert.Equal("binary", Rejects(bytes).Code);
    }

    [Theory]
    [InlineData("{\"title\": \"Ferry\", \"text\": \"\\ud800 Boats run on 2024-05-01.\"}")]
    [InlineData("{\"title\": \"\\udc00\", \"text\": \"Boats run on 2024-05-01.\"}")]
    [InlineData("{\"text\": \"Boats run.\", \"source\": {\"name\": \"\\ud83d\"}}")]
    public void Json_with_an_unpaired_surrogate_escape_is_rejected_not_thrown(string json)
    {
        var ex = Rejects(Encoding.UTF8.GetBytes(json), "a.json");
        Assert.Equal("malformed-json", ex.Code);
        Assert.Contains("surrogate", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_rejected_with_its_position()
    {
        var ex = Rejects(Encoding.UTF8.GetBytes("{\"title\": \"Ferry\",\n \"text\": \"Boats run\" \"oops\"}"), "a.json");
        Assert.Equal("malformed-json", ex.Code);
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_without_text_or_html_is_rejected_as_no_text()
    {
        var ex = Rejects(Encoding.UTF8.GetBytes("{\"title\": \"Ferry\", \"published\": \"2025-02-11\"}"), "a.json");
        Assert.Equal("no-text", ex.Code);
        Assert.Contains("\"text\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_that_is_not_an_object_is_rejected_as_no_text()
    {
        var ex = Rejects(Encoding.UTF8.GetBytes("[{\"text\": \"Boats run\"}]"), "a.json");
        Assert.Equal("no-text", ex.Code);
        Assert.Contains("is an array", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_article_gives_fields_and_a_structured_date()
    {
        var json = """{"Title":"Ferry returns","url":"https://x.example/ferry","source":"Ledger","published":"2025-02-11T07:45:00Z","text":"The ferry ran again.\n\nCommuters cheered."}""";
        var raw = ArticleReader.Read(SharedArticles.Text(json, "ferry.json"));
        Assert.Equal(ArticleFormat.Json, raw.Format);
        Assert.Equal("Ferry returns", raw.Title);
        Assert.Equal("https://x.example/ferry", raw.Url);
        Assert.Equal("Ledger", raw.Outlet);
        Assert.Equal("The ferry ran again.\n\nCommuters cheered.", raw.Body);
        var date = Assert.Single(raw.StructuredDates);
        Assert.Equal((new DateOnly(2025, 2, 11), PublicationDateSource.StructuredField), (date.Date, date.Source));
    }

    [Theory]
    [InlineData("""{"headline":"Ferry returns","datePublished":"2025-02-11T07:45:00+01:00","articleBody":"The ferry ran again."}""")]
    [InlineData("""{"title":"Ferry returns","date_published":"2025-02-11T07:45:00Z","content_text":"The ferry ran again."}""")]
    [InlineData("""{"title":"Ferry returns","date_published":"2025-02-11","content_html":"<p>The ferry ran again.</p>"}""")]
    public void Json_in_schema_org_or_json_feed_names_is_read(string json)
    {
        var raw = ArticleReader.Read(SharedArticles.Text(json, "ferry.json"));

        Assert.Equal(("Ferry returns", "The ferry ran again."), (raw.Title, raw.Body));
        Assert.Equal(new DateOnly(2025, 2, 11), Assert.Single(raw.StructuredDates).Date);
    }

    [Theory]
    [InlineData("1711620000", 2024, 3, 28)]
    [InlineData("1711620000000", 2024, 3, 28)]
    public void Json_numeric_published_is_unix_time(string value, int y, int m, int d)
    {
        var raw = ArticleReader.Read(SharedArticles.Text($$"""{"published": {{value}}, "text": "The ferry ran again."}""", "a.json"));
        Assert.Equal(new DateOnly(y, m, d), Assert.Single(raw.StructuredDates).Date);
    }

    [Fact]
    public void Json_html_field_goes_through_the_html_reader()
    {
        var json = """{"title":"Ferry","html":"<nav>Home News</nav><article><p>The ferry ran again on Tuesday after weeks of repairs.</p></article><aside class='related'>Other story</aside>"}""";
        var raw = ArticleReader.Read(SharedArticles.Text(json, "ferry.json"));
        Assert.Equal("The ferry ran again on Tuesday after weeks of repairs.", raw.Body);
        Assert.Contains(raw.DroppedOrEmpty, d => d.Text == "Home News");
    }

    [Fact]
    public void Windows_1252_bytes_are_decoded_as_windows_1252()
    {
        var bytes = Encoding.Latin1.GetBytes("The caf\u00e9 reopened. ").Concat(new byte[] { 0x93, (byte)'Y', (byte)'e', (byte)'s', 0x94, (byte)' ', 0x96, (byte)' ', (byte)'o', (byte)'k' }).ToArray();
        var raw = ArticleReader.Read(new ArticleInput("a.txt", bytes));
        Assert.Equal("The caf\u00e9 reopened. \u201cYes\u201d \u2013 ok", raw.Body);
        Assert.Contains(raw.NotesOrEmpty, n => n.Contains("windows-1252", StringComparison.Ordinal));
    }

    [Fact]
    public void Utf8_cut_in_the_middle_of_a_character_stays_utf8()
    {
        var full = Encoding.UTF8.GetBytes("The caf\u00e9 owner said \u201cyes\u201d to the council\u2019s plan \u2014");
        var cut = full[..^2];
        var raw = ArticleReader.Read(new ArticleInput("a.txt", cut));
        Assert.StartsWith("The caf\u00e9 owner said \u201cyes\u201d to the council\u2019s plan", raw.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_charset_declaration_is_honoured_when_bytes_are_not_utf8()
    {
        var html = "<html><head><meta charset=\"iso-8859-15\"></head><body><p>Prix: 5 \u20ac pour le caf\u00e9 du port, annonc\u00e9 hier.</p></body></html>";
        var bytes = Encoding.GetEncoding("iso-8859-15").GetBytes(html);
        var raw = ArticleReader.Read(new ArticleInput("page.html", bytes));
        Assert.Equal("Prix: 5 \u20ac pour le caf\u00e9 du port, annonc\u00e9 hier.", raw.Body);
    }

    [Theory]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-16le-nobom")]
    [InlineData("utf-8-bom")]
    public void Unicode_encodings_are_detected(string variant)
    {
        const string text = "Caf\u00e9 owners in Z\u00fcrich said \u201cno\u201d on Monday.";
        byte[] bytes = variant switch
        {
            "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-16le-nobom" => Encoding.Unicode.GetBytes(text),
            _ => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        };
        Assert.Equal(text, ArticleReader.Read(new ArticleInput("a.txt", bytes)).Body);
    }

    [Theory]
    [InlineData("a.txt", "text/html; charset=utf-8", "<p>x</p>", ArticleFormat.Html)]
    [InlineData("a.bin", "application/json", "{\"text\":\"x y\"}", ArticleFormat.Json)]
    [InlineData("a.htm", null, "<p>Hello there</p>", ArticleFormat.Html)]
    [InlineData("a.json", null, "{\"text\":\"x y\"}", ArticleFormat.Json)]
    [InlineData("a.txt", "text/plain", "<!DOCTYPE html><html><body><p>Hello there</p></body></html>", ArticleFormat.Html)]
    [InlineData("a.txt", null, "A story about <b>markup</b> in a plain file.", ArticleFormat.Text)]
    [InlineData("blob", null, "{\"text\":\"x y\"}", ArticleFormat.Json)]
    [InlineData("blob", null, "<div><p>One</p><p>Two</p></div>", ArticleFormat.Html)]
    [InlineData("blob", null, "Just words.", ArticleFormat.Text)]
    public void Format_comes_from_content_type_then_extension_then_sniffing(string name, string? contentType, string content, ArticleFormat expected)
    {
        Assert.Equal(expected, ArticleReader.Read(SharedArticles.Text(content, name, contentType)).Format);
    }

    [Fact]
    public void Blob_metadata_fills_missing_fields_records_its_date_and_notes_conflicts()
    {
        var metadata = new Dictionary<string, string> { ["Published"] = "2025-03-01", ["URL"] = "https://x.example/a", ["Outlet"] = "Ledger", ["title"] = "Other title" };
        var json = """{"title":"Ferry returns","text":"The ferry ran again."}""";
        var raw = ArticleReader.Read(SharedArticles.Text(json, "a.json", metadata: metadata));
        Assert.Equal("Ferry returns", raw.Title);
        Assert.Equal("https://x.example/a", raw.Url);
        Assert.Equal("Ledger", raw.Outlet);
        var date = Assert.Single(raw.StructuredDates);
        Assert.Equal((new DateOnly(2025, 3, 1), PublicationDateSource.BlobMetadata), (date.Date, date.Source));
        Assert.Contains(raw.NotesOrEmpty, n => n.Contains("Other title", StringComparison.Ordinal));
    }

    [Fact]
    public void Hostile_inputs_do_not_crash_or_hang()
    {
        var watch = Stopwatch.StartNew();
        var hugeLine = new string('a', 3_000_000) + " end.";
        Assert.EndsWith("end.", ArticleAnalyzerSmoke.CleanText(hugeLine), StringComparison.Ordinal);

        var scripts = "<script>alert(1)</script>\nPolice said the road reopened on Friday.\n<div class=\"x\">";
        Assert.Equal("Police said the road reopened on Friday.", ArticleAnalyzerSmoke.CleanText(scripts));

        var nested = string.Concat(Enumerable.Repeat("<div>", 20000)) + "<p>Deep story text survives nesting.</p>" + string.Concat(Enumerable.Repeat("</div>", 20000));
        Assert.Contains("Deep story text survives nesting.", ArticleReader.Read(SharedArticles.Text(nested, "deep.html")).Body, StringComparison.Ordinal);

        var deepest = string.Concat(Enumerable.Repeat("<div><b>", 300_000)) + "<p>Bottom of a five-megabyte pit.</p>";
        Assert.Contains("Bottom of a five-megabyte pit.", ArticleReader.Read(SharedArticles.Text(deepest, "pit.html")).Body, StringComparison.Ordinal);

        var deepJson = string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5000);
        Assert.Equal("malformed-json", Assert.Throws<UnreadableArticleException>(() => ArticleReader.Read(SharedArticles.Text(deepJson, "d.json"))).Code);

        var manyLines = string.Concat(Enumerable.Repeat("Short headline here\nA teaser sentence that ends.\n", 50000));
        _ = ArticleAnalyzerSmoke.CleanText(manyLines);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }
}
