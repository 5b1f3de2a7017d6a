namespace TimelineFunctions.IntegrationTests.Infrastructure;

/// <summary>The app without the notifier: tests post blob events themselves, as Event Grid would.</summary>
public sealed class FunctionAppFixture() : FunctionAppFixtureBase(notify: false);
