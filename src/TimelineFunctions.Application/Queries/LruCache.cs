namespace TimelineFunctions.Application.Queries;

/// <summary>
/// A bounded least-recently-used cache: at most <see cref="Capacity"/> entries and <see cref="MaxWeight"/> in total
/// weight (the most recent entry is always kept, however heavy).
/// </summary>
/// <remarks>
/// Reading an entry makes it the most recent; adding one past a bound evicts the least recently used, one at a
/// time, instead of emptying the cache. Thread-safe.
/// </remarks>
public sealed class LruCache<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, LinkedListNode<Entry>> _nodes;
    private readonly LinkedList<Entry> _order = new();
    private readonly Lock _lock = new();
    private long _weight;

    public LruCache(int capacity, long maxWeight, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWeight, 1);
        Capacity = capacity;
        MaxWeight = maxWeight;
        _nodes = new Dictionary<TKey, LinkedListNode<Entry>>(comparer);
    }

    public int Capacity { get; }

    public long MaxWeight { get; }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _nodes.Count;
            }
        }
    }

    public long Weight
    {
        get
        {
            lock (_lock)
            {
                return _weight;
            }
        }
    }

    public bool TryGet(TKey key, out TValue value)
    {
        lock (_lock)
        {
            if (_nodes.TryGetValue(key, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                value = node.Value.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Adds or replaces the entry, makes it the most recent, and evicts the least recent past a bound.</summary>
    public void Set(TKey key, TValue value, long weight = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(weight);
        lock (_lock)
        {
            if (_nodes.Remove(key, out var old))
            {
                _order.Remove(old);
                _weight -= old.Value.Weight;
            }

            _nodes[key] = _order.AddFirst(new Entry(key, value, weight));
            _weight += weight;
            while (_order.Count > 1 && (_order.Count > Capacity || _weight > MaxWeight))
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _nodes.Remove(last.Value.Key);
                _weight -= last.Value.Weight;
            }
        }
    }

    public bool ContainsKey(TKey key)
    {
        lock (_lock)
        {
            return _nodes.ContainsKey(key);
        }
    }

    private sealed record Entry(TKey Key, TValue Value, long Weight);
}
