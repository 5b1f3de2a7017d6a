using System.Collections.Concurrent;

namespace TimelineFunctions.Extraction.Text;

/// <summary>
/// Values worked out once per key and remembered, up to <paramref name="capacity"/> keys; past it, new keys are worked
/// out each time, so memory stays bounded whatever text arrives.
/// </summary>
/// <remarks>
/// Safe to share between threads.
/// </remarks>
internal sealed class BoundedMemo<TValue>(int capacity)
{
    private readonly ConcurrentDictionary<string, TValue> _values = new(StringComparer.Ordinal);

    // Counted apart: ConcurrentDictionary.Count takes every lock of the dictionary.
    private int _count;

    /// <summary>The value for <paramref name="key"/>: remembered, or worked out by <paramref name="compute"/> from it and <paramref name="state"/>.</summary>
    public TValue Get<TState>(string key, TState state, Func<string, TState, TValue> compute)
    {
        if (_values.TryGetValue(key, out var known))
        {
            return known;
        }

        var value = compute(key, state);
        if (Volatile.Read(ref _count) < capacity && _values.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
        }

        return value;
    }
}
