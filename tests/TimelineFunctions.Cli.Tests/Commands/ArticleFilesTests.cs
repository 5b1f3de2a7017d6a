using TimelineFunctions.Cli.Commands;

namespace TimelineFunctions.Cli.Tests.Commands;

/// <summary>The article files under the upload's paths, with their sidecars' metadata over the command line's.</summary>
public sealed class ArticleFilesTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("cli-files-");

    [Fact]
    public void A_folder_gives_its_article_files_in_order_with_names_relative_to_it()
    {
        Write("b.html", "<p>The vote was held on 2024-05-01.</p>");
        Write("a.txt", "The vote was held on 2024-05-01.");
        Write("a.meta.json", "{}");
        Write("sub/c.json", """{"text": "The vote was held on 2024-05-01."}""");
        Write("notes.md", "not an article");

        var files = ArticleFiles.Find([_folder.FullName]);

        Assert.Equal(["a.txt", "b.html", "sub/c.json"], files.Select(f => f.RelativeName));
        Assert.Equal(["text/plain; charset=utf-8", "text/html", "application/json"], files.Select(f => f.ContentType));
    }

    [Fact]
    public void A_sidecar_wins_over_the_defaults_and_gives_only_ascii_metadata_fields()
    {
        Write("a.txt", "The vote was held on 2024-05-01.");
        Write("a.meta.json", """{"published": "2024-05-01", "outlet": "Café Press", "title": null, "notes": "kept out", "url": "https://example.com/a"}""");
        var defaults = new Dictionary<string, string> { ["published"] = "2020-01-01", ["outlet"] = "Northwire", ["title"] = "Vote" };

        var file = Assert.Single(ArticleFiles.Find([Path.Combine(_folder.FullName, "a.txt")], defaults));

        Assert.Equal("a.txt", file.RelativeName);
        Assert.Equal(
            [("outlet", "Northwire"), ("published", "2024-05-01"), ("title", "Vote"), ("url", "https://example.com/a")],
            file.Metadata.Select(m => (m.Key, m.Value)).Order());
    }

    [Fact]
    public void A_missing_path_is_named()
    {
        var missing = Path.Combine(_folder.FullName, "missing.txt");

        var error = Assert.Throws<FileNotFoundException>(() => ArticleFiles.Find([missing]));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private void Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
