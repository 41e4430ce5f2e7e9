using ContactCenter.Contracts.Supervisor;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Supervising.Floor;

namespace ContactCenter.Server.Realtime;

/// <summary>The agent hub's wallboard: the floor computed once on the server, for the queues the caller may watch.</summary>
public sealed partial class AgentHub
{
    /// <summary>The snapshot a wallboard starts from; pushes to the caller's floor groups follow.</summary>
    [RequirePermission(Permissions.DashboardView)]
    public Task<FloorSnapshotDto> GetFloor() => Use<FloorKeeper>().SnapshotAsync(Me, Aborted);

    // Rebuilt at every connect from what the user may watch now (docs/realtime.md, rule 3).
    private async Task JoinFloorGroupsAsync(AccessGrant grant)
    {
        if (!grant.Has(Permissions.DashboardView))
        {
            return;
        }

        foreach (var queue in await Use<Features.Queues.Catalog.IQueueCatalog>().ListAsync(Context.ConnectionAborted))
        {
            if (grant.SeesFloorOf(queue.Id))
            {
                await staffGroups.JoinAsync(Groups, Context.ConnectionId, FloorGroups.Queue(queue.Id));
            }
        }
    }
}
