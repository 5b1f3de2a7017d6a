namespace TimelineFunctions.Handler;

/// <summary>
/// Where the handler listens. Under the Functions host the port comes from FUNCTIONS_CUSTOMHANDLER_PORT (the host
/// picks it); otherwise from "Port" (command line --port). The host always calls 127.0.0.1, so that is the
/// default address.
/// </summary>
public sealed class HandlerOptions
{
    public const int DefaultPort = 7071;

    public int Port { get; set; } = DefaultPort;

    public string Address { get; set; } = "127.0.0.1";

    /// <summary>Large articles arrive base64-encoded (about 4/3 of their size); Kestrel's 28.6 MB default is too small.</summary>
    public long MaxRequestBodyBytes { get; set; } = 100 * 1024 * 1024;

    public static HandlerOptions From(IConfiguration configuration)
    {
        var options = configuration.Get<HandlerOptions>() ?? new HandlerOptions();
        if (int.TryParse(configuration["FUNCTIONS_CUSTOMHANDLER_PORT"], out var hostPort))
        {
            options.Port = hostPort;
        }

        return options;
    }
}
