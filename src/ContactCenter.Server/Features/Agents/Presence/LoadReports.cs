using System.Collections.Concurrent;
using ContactCenter.Domain.Agents;

namespace ContactCenter.Server.Features.Agents.Presence;

/// <summary>
/// Busy flags to write, handed over by the routing leader and written in the background, so a round
/// of offers never waits on presence writes. Only the latest report per agent is kept: a newer load
/// replaces one not yet written. A report lost with a node is made again by the next leader's round.
/// </summary>
public sealed partial class LoadReports(PresenceHandler presence, ILogger<LoadReports> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<Guid, ReportLoad> _pending = new();
    private readonly SemaphoreSlim _signal = new(0);

    public void Submit(ReportLoad report)
    {
        _pending[report.AgentId] = report;
        _signal.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await _signal.WaitAsync(stoppingToken);
            foreach (var agent in _pending.Keys)
            {
                if (!_pending.TryRemove(agent, out var report))
                {
                    continue;
                }

                try
                {
                    await presence.ExecuteAsync(report, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogReportFailed(logger, e, agent);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing agent {AgentId}'s busy state failed; the router's next round reports it again")]
    private static partial void LogReportFailed(ILogger logger, Exception exception, Guid agentId);
}
