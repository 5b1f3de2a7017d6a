namespace TimelineFunctions.IntegrationTests.Infrastructure;

/// <summary>The app with the notifier, as scripts/run.sh runs it: every uploaded blob is ingested.</summary>
public sealed class NotifiedFunctionAppFixture() : FunctionAppFixtureBase(notify: true);
