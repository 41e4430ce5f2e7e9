using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Conversations.Linking;

namespace ContactCenter.Server.Realtime;

/// <summary>Linking a conversation to the customer profile staff recognise, and the profiles it came from.</summary>
public sealed partial class AgentHub
{
    [RequirePermission(Permissions.ConversationsLinkCustomer)]
    public Task<CommandAck> LinkCustomer(Guid conversationId, Guid customerId) =>
        Use<LinkCustomerHandler>().ExecuteAsync(Me, new LinkRequest(conversationId, customerId), Aborted).AnswerAsync();

    public Task<IReadOnlyList<CustomerDto>> GetLinkedProfiles(Guid conversationId) =>
        Use<ListLinkedProfilesHandler>().ExecuteAsync(Me, AuditOfCaller(), conversationId, Aborted).AnswerAsync();
}
