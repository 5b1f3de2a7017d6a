using System.Net;
using System.Net.Sockets;

namespace TimelineFunctions.IntegrationTests.Infrastructure;

public static class FreePorts
{
    private static readonly HashSet<int> Issued = [];

    /// <summary>
    /// Asks the OS for a free loopback port that this process has not handed out before. The OS may offer a port
    /// again as soon as the probe closes it: Azurite once got one port for its blob and queue services and failed
    /// with EADDRINUSE.
    /// </summary>
    public static int Next()
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            lock (Issued)
            {
                if (Issued.Add(port))
                {
                    return port;
                }
            }
        }
    }

    public static async Task WaitUntilListeningAsync(int port, TimeSpan timeout, Func<string> diagnostics)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"Nothing listens on port {port} after {timeout.TotalSeconds:0}s. {diagnostics()}");
    }
}
