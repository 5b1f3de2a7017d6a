using TimelineFunctions.Application.Queries;

namespace TimelineFunctions.Application.Tests.Queries;

public sealed class LruCacheTests
{
    [Fact]
    public void Past_its_capacity_it_evicts_only_the_least_recently_used_entry()
    {
        var cache = new LruCache<string, int>(capacity: 3, maxWeight: 1_000);
        cache.Set("a", 1);
        cache.Set("b", 2);
        cache.Set("c", 3);
        Assert.True(cache.TryGet("a", out _)); // "b" is now the least recently used

        cache.Set("d", 4);

        Assert.Equal(3, cache.Count);
        Assert.False(cache.ContainsKey("b"));
        Assert.True(cache.TryGet("a", out var a) && a == 1);
        Assert.True(cache.ContainsKey("c"));
        Assert.True(cache.ContainsKey("d"));
    }

    [Fact]
    public void Past_its_weight_it_evicts_the_least_recent_entries_until_the_rest_fit()
    {
        var cache = new LruCache<string, string>(capacity: 100, maxWeight: 10);
        cache.Set("small-1", "x", 3);
        cache.Set("small-2", "x", 3);
        cache.Set("small-3", "x", 3);
        Assert.Equal(9, cache.Weight);

        cache.Set("big", "x", 6);

        Assert.False(cache.ContainsKey("small-1"));
        Assert.False(cache.ContainsKey("small-2"));
        Assert.True(cache.ContainsKey("small-3"));
        Assert.True(cache.ContainsKey("big"));
        Assert.Equal(9, cache.Weight);
    }

    [Fact]
    public void The_newest_entry_is_kept_even_when_it_alone_exceeds_the_weight()
    {
        var cache = new LruCache<string, string>(capacity: 4, maxWeight: 10);
        cache.Set("a", "x", 2);
        cache.Set("huge", "x", 50);

        Assert.Equal(1, cache.Count);
        Assert.True(cache.ContainsKey("huge"));
    }

    [Fact]
    public void Replacing_an_entry_replaces_its_weight_and_makes_it_the_most_recent()
    {
        var cache = new LruCache<string, string>(capacity: 2, maxWeight: 100);
        cache.Set("a", "old", 10);
        cache.Set("b", "x", 10);
        cache.Set("a", "new", 20);
        cache.Set("c", "x", 1);

        Assert.False(cache.ContainsKey("b"));
        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal("new", a);
        Assert.Equal(21, cache.Weight);
    }

    [Fact]
    public async Task Concurrent_use_keeps_the_bounds()
    {
        var cache = new LruCache<int, int>(capacity: 16, maxWeight: 1_000);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                cache.Set((t * 7919 + i) % 100, i, 5);
                cache.TryGet(i % 100, out _);
            }
        })));

        Assert.Equal(16, cache.Count);
        Assert.Equal(80, cache.Weight);
    }
}
