namespace TimelineFunctions.Extraction.Actors;

/// <summary>What kind of entity an actor is (the named-entity type).</summary>
public enum ActorType
{
    Person,
    Organization,
    Country,
    Group,
    Location,
    Object,
}
