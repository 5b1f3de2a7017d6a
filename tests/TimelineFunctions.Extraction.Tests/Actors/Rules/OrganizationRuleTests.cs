using TimelineFunctions.Extraction.Actors;

namespace TimelineFunctions.Extraction.Tests.Actors.Rules;

/// <summary>A name between "the" and a lower-case kind of organization, or ending in an organization head word, is an organization (invented text).</summary>
public sealed class OrganizationRuleTests
{
    [Theory]
    [InlineData("The tunnel of the Penwarden company collapsed.", "Penwarden")]
    [InlineData("Loans from the Quillon bank dried up.", "Quillon")]
    [InlineData("Teams from the Coastal Rescue Force reached the site.", "Coastal Rescue Force")]
    [InlineData("The Harbour Defence Force said the quay was safe.", "Harbour Defence Force")]
    [InlineData("The Harbour Fares Regulator opened an inquiry.", "Harbour Fares Regulator")]
    [InlineData("Brenn Lines suspended its sailings.", "Brenn Lines")]
    [InlineData("Quillon Air grounded its turboprops.", "Quillon Air")]
    [InlineData("Harrowgate Water said its staff were working around the clock. Harrowgate specified the drains.", "Harrowgate Water")]
    [InlineData("Brenn & Toller Engineering rejected the claim within hours.", "Brenn & Toller Engineering")]
    [InlineData("Halvorsen said on Monday it would recall 40,000 cars. Halvorsen shares fell 3%.", "Halvorsen")]
    [InlineData("Corvane chief executive Aldous Fenwright apologized.", "Corvane")]
    [InlineData("The studio said it looked forward to joining the Harbour Games Team.", "Harbour Games Team")]
    [InlineData("Ann Vell, regional chair of the Lanmore Dock Workers union, said the pier was unsafe.", "Lanmore Dock Workers")]
    [InlineData("Members of the Tessary River Watch group marched on Monday.", "Tessary River Watch")]
    [InlineData("The Quillon Department of Harbours said the quay was safe.", "Quillon Department of Harbours")]
    [InlineData("The Institute for Tidal Studies said the quay was safe.", "Institute for Tidal Studies")]
    [InlineData("The Lanmore Centers for Harbour Safety said 40 crew were sick.", "Lanmore Centers for Harbour Safety")]
    public void A_name_before_a_kind_of_organization_or_ending_in_a_head_word_is_one(string text, string name)
    {
        var actor = Assert.Single(ActorExtractor.Default.Extract(text).Actors, a => a.Name == name);
        Assert.Equal(ActorType.Organization, actor.Type);
    }

    [Fact]
    public void Names_joined_by_a_connector_stay_two_names_before_an_organization_word()
    {
        var actors = ActorExtractor.Default.Extract("Halvorsen and Corvane executives met on Monday.").Actors;
        Assert.DoesNotContain(actors, a => a.Name == "Halvorsen and Corvane");
    }

    [Fact]
    public void Without_the_determiner_the_word_is_left_to_the_other_rules()
    {
        Assert.DoesNotContain(ActorExtractor.Default.Extract("Penwarden company shares fell.").Actors, a => a.Name == "Penwarden" && a.Type == ActorType.Organization);
    }

    [Fact]
    public void A_kind_that_follows_names_does_not_make_the_name_after_it_an_organization()
    {
        var actors = ActorExtractor.Default.Extract("A group Mara Holt founded said the pier was unsafe.").Actors;
        Assert.Equal(ActorType.Person, Assert.Single(actors, a => a.Name == "Mara Holt").Type);
    }

    [Fact]
    public void A_place_before_a_kind_of_court_names_the_court()
    {
        var actors = ActorExtractor.Default.Extract("The banker was convicted in Lanmore federal court on Thursday.").Actors;
        Assert.Equal(ActorType.Organization, Assert.Single(actors, a => a.Name == "Lanmore federal court").Type);
        Assert.DoesNotContain(actors, a => a.Name == "Lanmore");
    }

    [Theory]
    [InlineData("Halvorsen Brenn, Inc. announced that its stockholders approved the merger.")]
    [InlineData("Halvorsen Brenn, Ltd said the yard would appeal.")]
    public void A_legal_form_after_a_comma_makes_the_name_an_organization(string text)
    {
        var actors = ActorExtractor.Default.Extract(text).Actors;
        Assert.Equal(ActorType.Organization, Assert.Single(actors, a => a.Name == "Halvorsen Brenn").Type);
    }

    [Fact]
    public void A_name_an_organization_cue_types_once_is_that_organization_throughout_the_article()
    {
        var actors = ActorExtractor.Default.Extract("Halvorsen Brenn, Inc. announced the merger. The board of Halvorsen Brenn met on Monday.").Actors;
        Assert.Equal(ActorType.Organization, Assert.Single(actors, a => a.Name == "Halvorsen Brenn").Type);
    }

    [Fact]
    public void A_person_named_before_a_comma_stays_a_person()
    {
        var actors = ActorExtractor.Default.Extract("Ida Brenn, chief executive, said the yard would appeal.").Actors;
        Assert.Equal(ActorType.Person, Assert.Single(actors, a => a.Name == "Ida Brenn").Type);
    }

    [Theory]
    [InlineData("The Coastal Relief Programme is flying in two planes.", "Coastal Relief Programme")]
    [InlineData("Roger Lind, head of hazards at the Nordic Geological Survey, said he was not surprised.", "Nordic Geological Survey")]
    [InlineData("The Office for the Coordination of Harbour Affairs said water was the priority.", "Coordination of Harbour Affairs")]
    [InlineData("A team from the Department for Island Development will assess the damage.", "Department for Island Development")]
    [InlineData("Medics Sans Frontieres opened a clinic near the port.", "Medics Sans Frontieres")]
    [InlineData("The charity Harbour Aid sent two planes.", "Harbour Aid")]
    [InlineData("Leaders of the Coral Community met on Monday.", "Coral Community")]
    [InlineData("Officials at Quayside House said aid would rise.", "Quayside House")]
    public void Programmes_surveys_communities_aid_groups_houses_and_departments_are_organizations(string text, string name)
    {
        var actors = ActorExtractor.Default.Extract(text).Actors;

        Assert.Equal(ActorType.Organization, Assert.Single(actors, a => a.Name == name).Type);
        Assert.DoesNotContain(actors, a => a.Type == ActorType.Person && a.Name != "Roger Lind");
    }

    [Fact]
    public void The_words_after_a_head_and_its_connector_are_no_person()
    {
        var actors = ActorExtractor.Default.Extract("The Institute for Tidal Studies said the quay was safe.").Actors;
        Assert.DoesNotContain(actors, a => a.Type == ActorType.Person);
    }
}
