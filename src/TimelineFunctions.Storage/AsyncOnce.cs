namespace TimelineFunctions.Storage;

/// <summary>
/// Runs an initialisation (creating tables or containers) once, the first time it is needed, and again on the
/// next call if it failed, so the app starts and answers without storage and recovers once storage is back.
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
