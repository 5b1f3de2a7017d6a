namespace TimelineFunctions.Cli.Commands;

/// <summary>A one-line progress bar on the terminal (plain lines when output is redirected).</summary>
internal static class Progress
{
    private const int Width = 30;

    public static void Draw(string label, int done, int total)
    {
        var filled = total == 0 ? Width : done * Width / total;
        var bar = new string('#', filled) + new string('.', Width - filled);
        if (Console.IsOutputRedirected)
        {
            if (done == total)
            {
                Console.Write($"{label} {done}/{total}");
            }

            return;
        }

        Console.Write($"\r[{bar}] {label} {done}/{total}");
    }
}
