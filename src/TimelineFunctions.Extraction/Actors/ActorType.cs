namespace TimelineFunctions.Extraction.Actors;

public enum ActorType
{
    Person,
    Organization,
    Country,
    Group,
    Location,
    Object,
}
