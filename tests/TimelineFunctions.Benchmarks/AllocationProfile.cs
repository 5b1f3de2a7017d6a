using System.Globalization;

namespace TimelineFunctions.Benchmarks;

/// <summary>
/// Managed bytes allocated per byte of article input (<c>alloc</c> argument): one warm-up pass over each corpus, then
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/> around a second pass. Unlike time, this does not vary with the
/// load of a shared machine.
/// </summary>
public static class AllocationProfile
{
    public static void Run()
    {
        foreach (var corpus in ArticleCorpus.All())
        {
            corpus.AnalyzeAll();
            var before = GC.GetAllocatedBytesForCurrentThread();
            corpus.AnalyzeAll();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{corpus}: {allocated / (double)corpus.Bytes:0.0} bytes allocated per input byte ({allocated / 1024.0 / corpus.Count:0.0} KB per article)"));
        }
    }
}
