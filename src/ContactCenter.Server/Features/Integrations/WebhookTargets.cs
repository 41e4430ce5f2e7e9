using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace ContactCenter.Server.Features.Integrations;

/// <summary>
/// Webhook targets may not reach into the server's own network (loopback, private, link-local and
/// similar addresses: the database, a cloud's metadata service) unless an owner allows it with
/// <see cref="WebhookOptions.AllowPrivateTargets"/>. Checked when a webhook is registered, and again
/// on every connection against the address the name resolves to then, since a name can change.
/// </summary>
public sealed class WebhookTargets(IOptionsMonitor<WebhookOptions> options)
{
    public const string Rule = "A webhook may not target a loopback, private or link-local address; an owner can allow such targets with ContactCenter:Webhooks:AllowPrivateTargets.";

    /// <summary>Why a new webhook's address is refused, or null.</summary>
    public async Task<string?> RefusalAsync(Uri url, CancellationToken cancellationToken)
    {
        if (options.CurrentValue.AllowPrivateTargets)
        {
            return null;
        }

        try
        {
            var addresses = await ResolveAsync(url.IdnHost, cancellationToken);
            return addresses.Length > 0 && addresses.All(IsPublic) ? null : $"{Rule} '{url.IdnHost}' is one.";
        }
        catch (SocketException)
        {
            return $"The webhook's host '{url.IdnHost}' does not resolve to an address.";
        }
    }

    /// <summary>The webhook client's only way to connect: to a permitted address of the host, resolved now.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await ResolveAsync(context.DnsEndPoint.Host, cancellationToken);
        var permitted = options.CurrentValue.AllowPrivateTargets ? addresses : [.. addresses.Where(IsPublic)];
        if (permitted.Length == 0)
        {
            throw new HttpRequestException($"Refused to connect to '{context.DnsEndPoint.Host}': {Rule}");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(permitted, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Whether an address is on the public internet (not this machine, not a private network).</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return !(address.Equals(IPAddress.IPv6Any) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast);
        }

        var b = address.GetAddressBytes();
        return !(b[0] is 0 or 10 or 127 or >= 224
            || b[0] == 172 && (b[1] & 0xF0) == 16
            || b[0] == 192 && b[1] == 168
            || b[0] == 169 && b[1] == 254
            || b[0] == 100 && (b[1] & 0xC0) == 64);
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
}
