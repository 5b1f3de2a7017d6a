using TimelineFunctions.Application.Queries;
using TimelineFunctions.Application.Timeline;

namespace TimelineFunctions.Application.Tests.Queries;

/// <summary>A story's actor list across articles resolved one at a time (<see cref="StoryActors"/>; invented names).</summary>
public sealed class StoryActorsTests
{
    [Fact]
    public void A_surname_alone_or_after_a_title_of_address_joins_the_one_person_named_in_full()
    {
        var actors = StoryActors.Summarize(
            [Person("a", "ida-lind", "Ida Lind"), Person("b", "mr-lind", "Mr Lind"), Person("c", "lind", "Lind"), Person("c", "ola-berg", "Ola Berg")],
            []);

        var lind = Assert.Single(actors, a => a.Id == "ida-lind");
        Assert.Equal(["Lind", "Mr Lind"], lind.Aliases);
        Assert.Equal(2, actors.Count);
    }

    [Fact]
    public void A_surname_two_people_share_stays_apart()
    {
        var actors = StoryActors.Summarize(
            [Person("a", "ida-lind", "Ida Lind"), Person("a", "tor-lind", "Tor Lind"), Person("b", "mrs-lind", "Mrs Lind")],
            []);

        Assert.Equal(3, actors.Count);
    }

    [Fact]
    public void Events_naming_either_name_count_once_for_the_person()
    {
        TimelineEvent Naming(params string[] ids) =>
            new("e", null, "statement", "…", [.. ids.Select(id => new EventActor(id, id, "person", "speaker"))], null, []);

        var actors = StoryActors.Summarize(
            [Person("a", "ida-lind", "Ida Lind"), Person("b", "mr-lind", "Mr Lind")],
            [Naming("ida-lind"), Naming("mr-lind"), Naming("ida-lind", "mr-lind")]);

        Assert.Equal(3, Assert.Single(actors).EventCount);
    }

    [Fact]
    public void One_articles_cue_for_a_names_type_outvotes_articles_that_only_guessed_it()
    {
        ActorContribution Guess(string article) => Person(article, "quillon-freight", "Quillon Freight") with { TypeIsGuess = true };
        var cued = Person("d", "quillon-freight", "Quillon Freight") with { Type = "organization" };

        Assert.Equal("organization", Assert.Single(StoryActors.Summarize([Guess("a"), Guess("b"), Guess("c"), cued], [])).Type);
        Assert.Equal("person", Assert.Single(StoryActors.Summarize([Guess("a"), Guess("b"), Guess("c")], [])).Type);
    }

    private static ActorContribution Person(string article, string id, string name) =>
        new() { StoryId = "s", ArticleId = article, ContentHash = "h", ActorId = id, Name = name, Type = "person" };
}
