namespace TimelineFunctions.Storage;

/// <summary>
/// Runs an initialisation (creating tables or containers) once, the first time it is needed, and again on the
/// next call if it failed. Lets the handler answer the host's readiness ping before storage is reachable.
/// </summary>
public sealed class AsyncOnce(Func<CancellationToken, Task> initialize)
{
    private readonly Lock _gate = new();
    private Task? _task;

    public Task EnsureAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_task is null || _task.IsFaulted || _task.IsCanceled)
            {
                _task = initialize(cancellationToken);
            }

            return _task;
        }
    }
}
