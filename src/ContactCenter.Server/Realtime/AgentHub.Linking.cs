using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Customers;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Conversations.Linking;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

/// <summary>Linking a conversation to the customer profile staff recognise, and the profiles it came from.</summary>
public sealed partial class AgentHub
{
    /// <summary>The conversation now belongs to <paramref name="customerId"/>; linking to its current customer changes nothing.</summary>
    [RequirePermission(Permissions.ConversationsLinkCustomer)]
    public async Task<CommandAck> LinkCustomer(Guid conversationId, Guid customerId)
    {
        await FollowableAsync(conversationId);
        await using (var session = store.QuerySession())
        {
            if (await session.LoadAsync<Customer>(customerId, Context.ConnectionAborted) is null)
            {
                throw new HubException($"not-found: Customer {customerId} does not exist.");
            }
        }

        return await ExecuteAsync(new LinkCustomer(conversationId, customerId, Me, clock.GetUtcNow()));
    }

    /// <summary>The profiles the conversation belonged to before, oldest first, masked for the caller.</summary>
    public async Task<IReadOnlyList<CustomerDto>> GetLinkedProfiles(Guid conversationId)
    {
        var history = await FollowableAsync(conversationId);
        await using var session = store.LightweightSession();
        return await session.LinkedProfilesAsync(current.Required, AuditOfCaller(), history, Context.ConnectionAborted);
    }
}
