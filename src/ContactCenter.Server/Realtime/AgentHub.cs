using ContactCenter.Contracts.Access;
using ContactCenter.Contracts.Customers;
using ContactCenter.Contracts.Realtime;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Agents.Presence;
using ContactCenter.Server.Features.Analytics;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Access.Grants;
using ContactCenter.Server.Features.Audit;
using ContactCenter.Server.Features.Customers;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// The hub of signed-in staff. Stateless: what a connection may do is looked up on every call by
/// <see cref="PermissionHubFilter"/>, and <see cref="SessionGuard"/> closes connections whose access ended.
/// </summary>
[Authorize]
public sealed partial class AgentHub(
    ConnectedStaff connected, RequestGrant current, IDocumentStore store, TimeProvider clock, AccessGrants grants, ConversationHandler handler,
    IHubContext<CustomerHub, ICustomerClient> customers, PresenceHandler presence, StaffGroups staffGroups, HubPushes pushes, LiveConnections live,
    MyAnalyticsReader analytics)
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

        foreach (var queueId in grant.QueueIds)
        {
            await staffGroups.JoinAsync(Groups, Context.ConnectionId, ConversationGroups.Queue(queueId));
        }

        await using var session = store.QuerySession();
        var mine = await session.Query<ConversationHistory>()
            .Where(c => c.AgentId == grant.UserId && (c.Status == ConversationStatus.Active || c.Status == ConversationStatus.Pending || c.Status == ConversationStatus.WrapUp))
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

    public MyAccess GetMyAccess()
    {
        var grant = current.Required;
        return new MyAccess(grant.UserId, grant.UserName, [.. grant.Permissions.Order(StringComparer.Ordinal)]);
    }

    /// <summary>A customer's profile, masked for this caller as the REST API masks it, and audited alike.</summary>
    public async Task<CustomerDto> GetCustomer(Guid customerId)
    {
        await using var session = store.LightweightSession();
        var read = await session.ReadProfileAsync(current.Required, AuditOfCaller(), customerId, Context.ConnectionAborted);
        return read.Outcome switch
        {
            ProfileOutcome.Shown => read.Profile!,
            ProfileOutcome.NotFound => throw new HubException($"not-found: Customer {customerId} does not exist."),
            _ => throw new HubException($"customer-not-in-conversation: {CustomerProfiles.NotInConversationMessage}"),
        };
    }

    private AuditContext AuditOfCaller() => new(
        current.Required.UserId, current.Required.UserName,
        CallerAddress.Of(Context), clock.GetUtcNow());
}
