using ContactCenter.Contracts.Access;
using ContactCenter.Contracts.Realtime;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Access.Grants;
using ContactCenter.Server.Features.Access.Me;
using ContactCenter.Server.Features.Agents.Presence;
using ContactCenter.Server.Features.Audit;
using ContactCenter.Server.Features.Conversations.Following;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// The hub of signed-in staff: an entry, like the REST endpoints. Each method is one call of a use
/// case in its feature folder (docs/architecture.md); what is the connection's own stays here:
/// groups, the rate limit, the caller. Stateless: what a connection may do is looked up on every
/// call by <see cref="PermissionHubFilter"/>, and <see cref="SessionGuard"/> closes connections whose access ended.
/// </summary>
[Authorize]
public sealed partial class AgentHub(
    ConnectedStaff connected, RequestGrant current, IDocumentStore store, TimeProvider clock, AccessGrants grants,
    IHubContext<CustomerHub, ICustomerClient> customers, StaffGroups staffGroups, HubPushes pushes, LiveConnections live, IServiceProvider services)
    : Hub<IAgentClient>, IAgentHub
{
    /// <summary>Groups come from what the user may see now, never from the client (they do not survive a reconnect).</summary>
    public override async Task OnConnectedAsync()
    {
        connected.Add(Context);
        if (await grants.ForPrincipalAsync(Context.User!, Context.ConnectionAborted) is not { } grant)
        {
            Context.Abort();
            return;
        }

        await PresenceKeeper.SeenAsync(store, [grant.UserId], clock.GetUtcNow(), Context.ConnectionAborted);
        await live.PublishAsync(Context.ConnectionAborted);
        await staffGroups.JoinAsync(Groups, Context.ConnectionId, AgentGroups.Agent(grant.UserId));
        if (grant.Has(Permissions.DashboardView))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, AgentGroups.Supervisors);
        }

        await JoinFloorGroupsAsync(grant);

        foreach (var queueId in grant.QueueIds)
        {
            await staffGroups.JoinAsync(Groups, Context.ConnectionId, ConversationGroups.Queue(queueId));
        }

        await using var session = store.QuerySession();
        var mine = await session.Query<ConversationHistory>()
            .Where(c => (c.AgentId == grant.UserId && (c.Status == ConversationStatus.Active || c.Status == ConversationStatus.Pending || c.Status == ConversationStatus.WrapUp))
                || (c.GuestIds.Contains(grant.UserId) && (c.Status == ConversationStatus.Active || c.Status == ConversationStatus.Pending)))
            .Select(c => c.Id).ToListAsync(Context.ConnectionAborted);
        foreach (var conversationId in mine)
        {
            await staffGroups.JoinAsync(Groups, Context.ConnectionId, ConversationGroups.Conversation(conversationId));
        }
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        connected.Remove(Context.ConnectionId);
        staffGroups.Forget(Context.ConnectionId);
        // The grace period counts from here: a reload reconnects well within it. The router stops
        // offering to the agent at once if this was their last live connection.
        if (Guid.TryParse(Context.User?.FindFirst(Features.Access.Authentication.ContactCenterClaims.UserId)?.Value, out var agentId))
        {
            await PresenceKeeper.SeenAsync(store, [agentId], clock.GetUtcNow(), CancellationToken.None);
            await live.PublishAsync(CancellationToken.None);
        }
    }

    public MyAccess GetMyAccess() => ReadMyAccess.Of(Me);

    private AccessGrant Me => current.Required;

    private CancellationToken Aborted => Context.ConnectionAborted;

    /// <summary>This connection, for the use cases that follow a conversation.</summary>
    private IFollowingConnection Following => new HubFollowing(staffGroups, Groups, Context.ConnectionId);

    private T Use<T>() where T : notnull => services.GetRequiredService<T>();

    private AuditContext AuditOfCaller() => new(Me.UserId, Me.UserName, CallerAddress.Of(Context), clock.GetUtcNow());
}
