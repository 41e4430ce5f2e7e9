using System.Security.Claims;
using System.Threading.RateLimiting;
using ContactCenter.Server.Features.Access.Authentication;
using ContactCenter.Server.Hosting.Limits;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// Flood limits per identity (a widget customer or a staff member), not per connection: opening
/// more connections neither raises the send budget nor goes on without end. Held in memory on this
/// node, so an identity spread over several nodes gets each node's budget; that still bounds it.
/// </summary>
public sealed class IdentityLimits(IOptions<LimitOptions> options) : IDisposable
{
    private readonly Dictionary<string, int> _connections = [];
    private readonly PartitionedRateLimiter<string> _sends = PartitionedRateLimiter.Create<string, string>(identity =>
        RateLimitPartition.GetTokenBucketLimiter(identity, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.Value.HubMessageBurst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = options.Value.HubMessageInterval,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>"customer:{id}" or "staff:{id}"; null for a principal that is neither (it is refused elsewhere).</summary>
    public static string? IdentityOf(ClaimsPrincipal? user) =>
        user?.FindFirstValue(ContactCenterClaims.CustomerId) is { } customer ? $"customer:{customer}"
        : user?.FindFirstValue(ContactCenterClaims.UserId) is { } staff ? $"staff:{staff}"
        : null;

    public bool TryOpen(string identity)
    {
        var cap = identity.StartsWith("customer:", StringComparison.Ordinal) ? options.Value.ConnectionsPerCustomer : options.Value.ConnectionsPerStaffMember;
        lock (_connections)
        {
            var open = _connections.GetValueOrDefault(identity);
            if (open >= cap)
            {
                return false;
            }

            _connections[identity] = open + 1;
            return true;
        }
    }

    public void Close(string identity)
    {
        lock (_connections)
        {
            if (_connections.TryGetValue(identity, out var open))
            {
                if (open <= 1)
                {
                    _connections.Remove(identity);
                }
                else
                {
                    _connections[identity] = open - 1;
                }
            }
        }
    }

    public bool TrySend(string identity)
    {
        using var lease = _sends.AttemptAcquire(identity);
        return lease.IsAcquired;
    }

    public void Dispose() => _sends.Dispose();
}

/// <summary>Counts each hub connection against its identity's cap, refusing the one over it with a clear error.</summary>
internal sealed class IdentityLimitsFilter(IdentityLimits limits) : IHubFilter
{
    private const string Slot = "identity-slot";

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (IdentityLimits.IdentityOf(context.Context.User) is { } identity)
        {
            if (!limits.TryOpen(identity))
            {
                throw new HubException("too-many-connections: You have too many connections open at once; close some tabs or windows and try again.");
            }

            context.Context.Items[Slot] = identity;
        }

        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.Items.TryGetValue(Slot, out var identity) && identity is string held)
        {
            context.Context.Items.Remove(Slot);
            limits.Close(held);
        }

        await next(context, exception);
    }
}
