namespace TimelineFunctions.Extraction.Tests.Hostile;

/// <summary>
/// The hostile classes run alone: their large inputs cause collections that pause every thread, and the patterns'
/// wall-clock match timeouts would then fire in the tests running beside them on a loaded machine.
/// </summary>
[CollectionDefinition(nameof(HostileIngestTests), DisableParallelization = true)]
public sealed class HostileIngestRunsAlone;
