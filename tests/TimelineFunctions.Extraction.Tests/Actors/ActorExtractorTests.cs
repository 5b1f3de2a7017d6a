using TimelineFunctions.Extraction.Actors;

namespace TimelineFunctions.Extraction.Tests.Actors;

/// <summary>Each actor rule on sentences written for the test.</summary>
public sealed class ActorExtractorTests
{
    private static Actor Single(string text, string name)
    {
        var actors = ActorExtractor.Default.Extract(text).Actors;
        return Assert.Single(actors, a => a.Name == name);
    }

    [Fact]
    public void Title_inside_a_name_makes_a_person_and_becomes_the_role_and_its_owner_an_organization()
    {
        var text = "Port Authority Director Ingrid Vale said the quay was closed.";
        var person = Single(text, "Ingrid Vale");
        Assert.Equal(ActorType.Person, person.Type);
        Assert.Contains("Port Authority Director", person.Roles);
        Assert.Equal(ActorType.Organization, Single(text, "Port Authority").Type);
    }

    [Fact]
    public void Lower_case_title_before_a_name_is_the_role()
    {
        var person = Single("The filing was made by lead defense attorney Rosa Delgado on Monday.", "Rosa Delgado");
        Assert.Equal(["lead defense attorney"], person.Roles);
    }

    [Fact]
    public void Appositive_roles_are_found_after_and_before_the_name()
    {
        const string text = "Tomas Reyes, a spokesman for the Harbour Authority, said the berth was cleared. The fire chief, Anna Lind, said crews were safe.";
        Assert.Equal(["spokesman for the Harbour Authority"], Single(text, "Tomas Reyes").Roles);
        Assert.Equal(["fire chief"], Single(text, "Anna Lind").Roles);
    }

    [Fact]
    public void A_surname_alone_joins_the_person_it_shortens()
    {
        var actors = ActorExtractor.Default.Extract("Marguerite Solberg led the inspection. Solberg said the rail had cracked.");
        var person = Assert.Single(actors.Actors);
        Assert.Equal("marguerite-solberg", person.Id);
        Assert.Contains("Solberg", person.Aliases);
        Assert.Equal(2, actors.Mentions.Count);
    }

    [Fact]
    public void A_name_that_stands_for_two_kinds_of_actor_gives_two_distinct_ids()
    {
        var actors = ActorExtractor.Default.Extract("Officials met in Harlow on Monday. Mayor Harlow said the Port of Harlow was closed. Harlow, the mayor, left.").Actors;
        Assert.Equal(actors.Count, actors.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public void Two_words_after_a_place_preposition_are_a_place_and_stay_one_in_the_article()
    {
        var actors = ActorExtractor.Default.Extract("A train derailed near Velmont Ford on Monday. Velmont Ford residents were told to leave.").Actors;

        var town = Assert.Single(actors, a => a.Name == "Velmont Ford");
        Assert.Equal(ActorType.Location, town.Type);
    }

    [Fact]
    public void A_vessel_named_once_with_its_kind_stays_one_object_in_the_article()
    {
        var actors = ActorExtractor.Default.Extract("The ferry Aurora Star caught fire on Tuesday. The Aurora Star was built in 1998.").Actors;

        var ship = Assert.Single(actors, a => a.Name == "Aurora Star");
        Assert.Equal(ActorType.Object, ship.Type);
    }

    [Theory]
    [InlineData("A train derailed outside the river town of Harlow Creek on Monday. Harlow Creek residents were told to leave.", ActorType.Location)]
    [InlineData("The medal went to a friend of Harlow Creek on Monday. Harlow Creek thanked the crowd.", ActorType.Person)]
    public void Two_words_after_a_kind_of_place_and_of_are_a_place(string text, ActorType expected)
    {
        var named = Assert.Single(ActorExtractor.Default.Extract(text).Actors, a => a.Name == "Harlow Creek");
        Assert.Equal(expected, named.Type);
    }

    [Fact]
    public void A_lone_word_that_shortens_nothing_is_not_an_actor()
    {
        Assert.Empty(ActorExtractor.Default.Extract("Velmontia was quiet that night.").Actors);
    }

    [Fact]
    public void Middle_initials_do_not_split_a_person()
    {
        var actors = ActorExtractor.Default.Extract("Judge Lewis A. Kaplan presided. Later Judge Lewis Kaplan spoke.").Actors;
        var person = Assert.Single(actors);
        Assert.Equal("lewis-kaplan", person.Id);
    }

    [Theory]
    [InlineData("The acerbic Judge Mara Holt gave her reasons. Later that day, Judge Holt said there was a risk.")]
    [InlineData("Judge Holt said there was a risk. The acerbic Judge Mara Holt gave her reasons, and Judge Holt left.")]
    public void A_titled_surname_is_the_person_named_in_full_with_that_surname(string text)
    {
        var person = Assert.Single(ActorExtractor.Default.Extract(text).Actors);
        Assert.Equal(("mara-holt", "Mara Holt", "Judge"), (person.Id, person.Name, Assert.Single(person.Roles)));
    }

    [Theory]
    [InlineData("Reeve Lena Halvorsen said the reservoir was full.", "Lena Halvorsen", ActorType.Person, "Reeve")]
    [InlineData("Organizer Lena Halvorsen said the march would go ahead.", "Lena Halvorsen", ActorType.Person, "Organizer")]
    [InlineData("Lawyer Ivo Marsh of the firm Marsh Holloway represents the residents.", "Marsh Holloway", ActorType.Organization, null)]
    [InlineData("The mayor told the Harbour Ledger on Monday that the road was open.", "Harbour Ledger", ActorType.Organization, null)]
    public void Titles_kinds_of_organization_and_newspaper_names_type_a_name(string text, string name, ActorType type, string? role)
    {
        var actor = Single(text, name);
        Assert.Equal(type, actor.Type);
        Assert.Equal(role is null ? [] : [role], actor.Roles);
    }

    [Fact]
    public void A_titled_surname_of_nobody_named_in_full_stays_a_person_of_its_own()
    {
        var person = Assert.Single(ActorExtractor.Default.Extract("Judge Holt said there was a risk.").Actors);
        Assert.Equal("holt", person.Id);
    }

    [Theory]
    [InlineData("Seoul protested to Beijing over the case.", "China", ActorType.Country)]
    [InlineData("Seoul protested to Beijing over the case.", "South Korea", ActorType.Country)]
    [InlineData("Delegates met in Beijing on Monday.", "Beijing", ActorType.Location)]
    [InlineData("The U.S. imposed tariffs.", "United States", ActorType.Country)]
    public void Capitals_stand_for_governments_unless_they_are_where_something_happens(string text, string name, ActorType type)
    {
        Assert.Equal(type, Single(text, name).Type);
    }

    [Theory]
    [InlineData("North Korean defectors fled across the river.", "North Korean defectors", ActorType.Group)]
    [InlineData("The Chinese foreign ministry declined to comment.", "Chinese Foreign Ministry", ActorType.Organization)]
    [InlineData("Mexico's interior ministry said the count was wrong.", "Mexican Interior Ministry", ActorType.Organization)]
    [InlineData("Chinese authorities sent them back.", "China", ActorType.Country)]
    [InlineData("Hundreds of Ukrainians crossed the border.", "Ukrainians", ActorType.Group)]
    public void Demonyms_make_groups_governments_and_ministries(string text, string name, ActorType type)
    {
        Assert.Equal(type, Single(text, name).Type);
    }

    [Theory]
    [InlineData("Water reached the Tessary River quickly.", "Tessary River", ActorType.Location)]
    [InlineData("Ships waited outside the Port of Orrin Bay.", "Port of Orrin Bay", ActorType.Location)]
    [InlineData("She was held in Jilin province.", "Jilin Province", ActorType.Location)]
    [InlineData("Tugs guided the cargo ship Meridian Star away.", "Meridian Star", ActorType.Object)]
    [InlineData("Tessary River Watch filed the suit.", "Tessary River Watch", ActorType.Organization)]
    [InlineData("The Army Corps of Engineers cleared it.", "Army Corps of Engineers", ActorType.Organization)]
    [InlineData("Investors sued RHGI last year.", "RHGI", ActorType.Organization)]
    [InlineData("Tarrow Dell Creamery recalled two cheeses.", "Tarrow Dell Creamery", ActorType.Organization)]
    [InlineData("Shoppers queued at Brennick Stores on Friday.", "Brennick Stores", ActorType.Organization)]
    public void Head_words_and_contexts_classify_places_objects_and_organizations(string text, string name, ActorType type)
    {
        Assert.Equal(type, Single(text, name).Type);
    }

    [Fact]
    public void A_dateline_in_capitals_is_a_place()
    {
        var actors = ActorExtractor.Default.Extract("OTTAWA, March 4 (Wire) - The minister resigned.").Actors;
        Assert.Equal(ActorType.Location, Assert.Single(actors, a => a.Name == "Ottawa").Type);
        Assert.DoesNotContain(actors, a => a.Name == "OTTAWA" && a.Type == ActorType.Organization);
    }

    [Fact]
    public void Sentence_openers_months_and_abbreviations_are_not_names()
    {
        var actors = ActorExtractor.Default.Extract("In March the CEO said prices rose. However, On Monday GDP fell at 7 PM.").Actors;
        Assert.Empty(actors);
    }

    // The name of an event or an illness is no actor; the organization holding an event still is (invented text).
    [Theory]
    [InlineData("Quillon Freight Company approved the merger at the Special Meeting on Tuesday.", "Special Meeting")]
    [InlineData("Rowers from Tessary trained for the Harbour Games all winter.", "Harbour Games")]
    [InlineData("Delegates left the Quillon Summit early.", "Quillon Summit")]
    [InlineData("Holders voted at the Quillon Freight Special Meeting of Stockholders held earlier today.", "Meeting")]
    [InlineData("Tessary Flu cases rose to 40 on Monday, the ministry said.", "Tessary Flu")]
    [InlineData("Quillon Fever killed 12 people in the port.", "Quillon Fever")]
    [InlineData("SARS killed 800 people in 2003.", "SARS")]
    public void A_named_event_is_not_an_actor(string text, string eventName)
    {
        Assert.DoesNotContain(ActorExtractor.Default.Extract(text).Actors, a => a.Name.Contains(eventName, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Quillon Brenn announced the merger on Monday.", true)]
    [InlineData("Quillon Brenn, Inc. announced the merger on Monday.", false)]
    [InlineData("Judge Ida Lind announced the ruling on Monday.", false)]
    public void A_type_only_the_names_shape_gives_is_marked_a_guess(string text, bool guess)
    {
        var actor = ActorExtractor.Default.Extract(text).Actors.First(a => a.Name.Contains("Quillon", StringComparison.Ordinal) || a.Name.Contains("Lind", StringComparison.Ordinal));

        Assert.Equal(guess, actor.TypeIsGuess);
    }

    [Fact]
    public void The_organization_beside_a_named_event_is_still_found()
    {
        var actors = ActorExtractor.Default.Extract("Quillon Freight Company approved the merger at the Special Meeting on Tuesday.").Actors;
        Assert.Contains(actors, a => a.Name == "Quillon Freight Company" && a.Type == ActorType.Organization);
    }

    [Theory]
    [InlineData("Tarrow Dell Creamery recalled two cheeses. “We acted at once,” said Ida Brenn, a spokeswoman for Tarrow Dell.")]
    [InlineData("Tarrow Dell recalled two cheeses on Monday, Tarrow Dell Holdings Inc. said.")]
    public void A_company_named_without_its_head_words_is_that_company(string text)
    {
        var actors = ActorExtractor.Default.Extract(text).Actors;

        var company = Assert.Single(actors, a => a.Name.StartsWith("Tarrow", StringComparison.Ordinal));
        Assert.Equal(ActorType.Organization, company.Type);
        Assert.Contains("Tarrow Dell", company.Aliases);
    }

    [Fact]
    public void A_name_that_starts_a_company_name_but_not_before_head_words_stays_apart()
    {
        var actors = ActorExtractor.Default.Extract("Tarrow Dell Harbour Board met on Monday. Tarrow Dell said the board had erred.").Actors;

        Assert.Contains(actors, a => a.Name == "Tarrow Dell" && a.Type == ActorType.Person);
    }
}
