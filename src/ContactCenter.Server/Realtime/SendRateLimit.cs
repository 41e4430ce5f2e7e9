using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// A flood guard per identity, shared by all its connections on this node (see <see cref="IdentityLimits"/>):
/// a burst of messages, then one every half second.
/// </summary>
internal static class SendRateLimit
{
    public static void Check(HubCallerContext context)
    {
        // The connection's request scope is the only way to the node's singletons from a static helper.
        var limits = context.GetHttpContext()?.RequestServices.GetRequiredService<IdentityLimits>()
            ?? throw new InvalidOperationException("A hub connection without its HTTP context.");
        if (IdentityLimits.IdentityOf(context.User) is { } identity && !limits.TrySend(identity))
        {
            throw new HubException("rate-limited: You are sending messages too fast; wait a moment and send again. Nothing was lost.");
        }
    }
}
