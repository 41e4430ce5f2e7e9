using ContactCenter.Contracts.Analytics;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Analytics;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

/// <summary>The agent hub's personal analytics: the caller's own figures, never anyone else's.</summary>
public sealed partial class AgentHub
{
    /// <summary>The caller's figures over "today", "7d" or "30d".</summary>
    [RequirePermission(Permissions.AnalyticsPersonal)]
    public async Task<MyAnalyticsDto> GetMyAnalytics(string period) =>
        await analytics.ReadAsync(current.Required.UserId, period, Context.ConnectionAborted)
        ?? throw new HubException($"invalid-period: '{period}' is not a period. {MyAnalyticsReader.InvalidPeriodMessage}");
}
