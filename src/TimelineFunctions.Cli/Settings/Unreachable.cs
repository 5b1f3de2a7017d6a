using System.Net.Sockets;
using Azure;

namespace TimelineFunctions.Cli.Settings;

/// <summary>Turns "storage or the API is not there" into one readable line instead of a stack trace.</summary>
internal static class Unreachable
{
    public const int ExitCode = 3;

    public static async Task<int> RunAsync(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (Describe(ex) is { } message)
        {
            Console.Error.WriteLine(message);
            return ExitCode;
        }
    }

    private static string? Describe(Exception ex) => ex switch
    {
        RequestFailedException { Status: 0 } or AggregateException { InnerException: RequestFailedException { Status: 0 } } =>
            $"Cannot reach storage ({Root(ex).Message.Split('\n')[0].Trim()}). Is Azurite running? scripts/run.sh starts it and the app; or pass --connection.",
        HttpRequestException { InnerException: SocketException } =>
            $"Cannot reach the API ({ex.Message}). Is the app running? scripts/run.sh starts it; or pass --api.",
        RequestFailedException failed => $"Storage answered {failed.Status} {failed.ErrorCode}: {failed.Message.Split('\n')[0].Trim()}",
        _ => null,
    };

    private static Exception Root(Exception ex) => ex.InnerException is { } inner ? Root(inner) : ex;
}
