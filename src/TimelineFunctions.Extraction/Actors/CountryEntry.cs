namespace TimelineFunctions.Extraction.Actors;

/// <summary>A row of Resources/Actors/countries.tsv.</summary>
public sealed record CountryEntry(string Name, IReadOnlyList<string> OtherNames, IReadOnlyList<string> Demonyms, string? Capital);
