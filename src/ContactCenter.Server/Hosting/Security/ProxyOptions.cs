using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ContactCenter.Server.Hosting.Security;

/// <summary>
/// The reverse proxies (nginx) whose X-Forwarded-For and X-Forwarded-Proto are believed. From any
/// other source the headers are ignored and the socket's address is what the audit log records:
/// otherwise anyone could write any address into it. Nothing is trusted unless configured here.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "ContactCenter:ForwardedHeaders";

    /// <summary>Addresses of the proxies, such as "10.0.0.5" or "::1".</summary>
    public List<string> KnownProxies { get; init; } = [];

    /// <summary>Networks of proxies in CIDR form, such as "172.20.0.0/16" (a compose network).</summary>
    public List<string> KnownNetworks { get; init; } = [];

    public bool IsValid() =>
        KnownProxies.All(p => IPAddress.TryParse(p, out _)) && KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _));

    public static IServiceCollection AddTrustedProxies(IServiceCollection services)
    {
        services.AddOptions<ProxyOptions>().BindConfiguration(Section)
            .Validate(o => o.IsValid(), $"{Section}:KnownProxies must be IP addresses and {Section}:KnownNetworks CIDR ranges such as 172.20.0.0/16.")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<Microsoft.Extensions.Options.IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            // With empty lists the middleware would believe every source: no proxy configured, no headers read.
            var any = proxies.Value.KnownProxies.Count + proxies.Value.KnownNetworks.Count > 0;
            forwarded.ForwardedHeaders = any ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
            // The framework trusts loopback by default; here only what the owner configured.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            // The obsolete list is a second one the middleware still reads (it holds 127.0.0.0/8 by default).
#pragma warning disable ASPDEPR005, CS0618
            forwarded.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005, CS0618
            foreach (var proxy in proxies.Value.KnownProxies.Where(p => IPAddress.TryParse(p, out _)))
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in proxies.Value.KnownNetworks.Where(n => System.Net.IPNetwork.TryParse(n, out _)))
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }
}
