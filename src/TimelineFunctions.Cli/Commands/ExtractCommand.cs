using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using TimelineFunctions.Evaluation;
using TimelineFunctions.Extraction;
using TimelineFunctions.Extraction.Reading;

namespace TimelineFunctions.Cli.Commands;

/// <summary><c>timeline extract FILE [--published DATE]</c>: the engine's whole analysis of one article as JSON.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The article file (.txt, .html, .json)." };
        var published = new Option<string?>("--published") { Description = "The publication date (YYYY-MM-DD), when the article does not say." };
        var command = new Command("extract", "Print the engine's analysis of one article as JSON.") { file, published };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            DateOnly? publishedDate = null;
            if (parse.GetValue(published) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    await Console.Error.WriteLineAsync($"--published must be a date like 2023-10-13, not '{text}'.");
                    return 2;
                }

                publishedDate = date;
            }

            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"No such file: {path}");
                return UploadCommand.MissingPathExitCode;
            }

            var bytes = await File.ReadAllBytesAsync(path.FullName, cancellationToken);
            try
            {
                var analysis = ArticleAnalyzer.Default.Analyze(new ArticleInput(path.Name, bytes), publishedDate, cancellationToken);
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(analysis, ReadableJson.Options));
                return 0;
            }
            catch (UnreadableArticleException ex)
            {
                await Console.Error.WriteLineAsync($"{path.Name}: not readable as an article ({ex.Code}): {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
