using ContactCenter.Contracts.Analytics;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Analytics;

namespace ContactCenter.Server.Realtime;

/// <summary>The agent hub's personal analytics: the caller's own figures, never anyone else's.</summary>
public sealed partial class AgentHub
{
    /// <summary>The caller's figures over "today", "7d" or "30d".</summary>
    [RequirePermission(Permissions.AnalyticsPersonal)]
    public Task<MyAnalyticsDto> GetMyAnalytics(string period) => Use<MyAnalyticsReader>().ReadAsync(Me.UserId, period, Aborted).AnswerAsync();
}
