using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// The node's own Kestrel endpoint on the loopback interface, where a circuit's hub connection goes
/// (docs/realtime.md, rule 9): never through the load balancer, so a circuit's hub stays on its node.
/// </summary>
public sealed class LoopbackAddress(IServer server)
{
    public Uri Resolve()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var chosen = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The server listens on no address yet.");
        var uri = new UriBuilder(chosen.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        // Certificates name localhost, not 127.0.0.1; plain HTTP goes to the IPv4 loopback itself.
        uri.Host = uri.Scheme == Uri.UriSchemeHttps ? "localhost" : "127.0.0.1";
        return uri.Uri;
    }
}
