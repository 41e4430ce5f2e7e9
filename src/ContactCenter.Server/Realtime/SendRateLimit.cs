using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// A flood guard per connection: a burst of 10 messages, then one every half second. Kept in the
/// connection's own items, so it lives and dies with the connection on its node.
/// </summary>
internal static class SendRateLimit
{
    private const string Key = "send-rate-limit";

    public static void Check(HubCallerContext context)
    {
        var limiter = (TokenBucketRateLimiter)context.Items.GetOrAdd(Key, static () => new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = 10,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMilliseconds(500),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
        using var lease = limiter.AttemptAcquire();
        if (!lease.IsAcquired)
        {
            throw new HubException("rate-limited: You are sending messages too fast; wait a moment and send again. Nothing was lost.");
        }
    }

    public static void Release(HubCallerContext context)
    {
        if (context.Items.TryGetValue(Key, out var limiter))
        {
            ((IDisposable)limiter!).Dispose();
        }
    }

    private static object GetOrAdd(this IDictionary<object, object?> items, string key, Func<object> create)
    {
        if (!items.TryGetValue(key, out var value) || value is null)
        {
            value = create();
            items[key] = value;
        }

        return value;
    }
}
