using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ContactCenter.Server.Features.Access.Authentication;

/// <summary>
/// The address of the browser a Blazor circuit serves. The desk's hub connection comes from this
/// node's own loopback, so without it every desk action would be audited as 127.0.0.1; the address
/// goes into the circuit's token (see <see cref="CircuitTokens"/>).
/// </summary>
public sealed class CircuitBrowser
{
    public string? Address { get; set; }
}

/// <summary>Notes the browser's address whenever its connection to the circuit comes up (again).</summary>
internal sealed class CircuitBrowserHandler(CircuitBrowser browser, IHttpContextAccessor http) : CircuitHandler
{
    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        // Here the accessor holds the circuit's own connection (after forwarded headers were applied).
        if (http.HttpContext?.Connection.RemoteIpAddress is { } address)
        {
            browser.Address = address.ToString();
        }

        return Task.CompletedTask;
    }
}
