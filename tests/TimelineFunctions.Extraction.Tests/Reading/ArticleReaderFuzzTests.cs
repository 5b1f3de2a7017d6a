using System.Text;
using TimelineFunctions.Extraction.Cleaning;
using TimelineFunctions.Extraction.Publication;
using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Extraction.Tests.Reading;

public class ArticleReaderFuzzTests
{
    private static readonly string[] Codes = ["empty", "binary", "malformed-json", "no-text"];

    [Fact]
    public void Random_inputs_either_read_or_fail_with_an_unreadable_article_code()
    {
        var random = new Random(20241122);
        string[] names = ["a.txt", "a.html", "a.json", "blob"];
        string[] fragments = ["<div>", "</p>", "<p>", "{\"text\":", "\"", "}", " date 2024-01-01 ", "Reuters\n", "Fri Oct 13 2023\n", "UPDATED – 05/20/24 – ", "\n\n", "— X (@y) June 1, 2024\n", "Headline words here\n", "A teaser sentence.\n", "\u00e9", "\u201c", "<script>", "HomeWorld"];
        for (var i = 0; i < 300; i++)
        {
            byte[] bytes;
            if (i % 3 == 0)
            {
                bytes = new byte[random.Next(0, 400)];
                random.NextBytes(bytes);
            }
            else
            {
                var text = string.Concat(Enumerable.Range(0, random.Next(0, 60)).Select(_ => fragments[random.Next(fragments.Length)]));
                bytes = Encoding.UTF8.GetBytes(text);
            }

            var input = new ArticleInput(names[i % names.Length], bytes);
            try
            {
                var raw = ArticleReader.Read(input);
                var cleaned = ArticleCleaner.Clean(raw);
                var dating = PublicationDateResolver.Resolve(raw, cleaned);
                Assert.All(dating.Blocks, b => Assert.InRange(b.Start + b.Length, 0, cleaned.Text.Length));
            }
            catch (UnreadableArticleException ex)
            {
                Assert.Contains(ex.Code, Codes);
                Assert.False(string.IsNullOrWhiteSpace(ex.Message));
            }
        }
    }
}
