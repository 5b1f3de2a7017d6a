namespace TimelineFunctions.Extraction.Cleaning;

/// <summary>One cleaning rule with one job: it removes or trims lines of the document and records each removal.</summary>
public interface ICleaningRule
{
    /// <summary>The rule's name, as recorded in <see cref="RemovedFurniture.Rule"/>.</summary>
    string Name { get; }

    void Apply(CleaningDocument document);
}
