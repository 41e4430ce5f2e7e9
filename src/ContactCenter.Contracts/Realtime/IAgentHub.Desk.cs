using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Customers;
using ContactCenter.Contracts.Desk;

namespace ContactCenter.Contracts.Realtime;

/// <summary>What the agent desk reads and changes besides chatting: the inbox, labels, the customer panel and linking.</summary>
public partial interface IAgentHub
{
    /// <summary>The caller's inbox: their own conversations, offers to them, and chats waiting in their queues.</summary>
    /// <returns>The inbox rows.</returns>
    Task<IReadOnlyList<InboxItemDto>> GetInbox();

    /// <summary>The label catalog.</summary>
    /// <returns>The labels, by name.</returns>
    Task<IReadOnlyList<LabelDto>> GetLabels();

    /// <summary>Puts a label on a conversation ("unknown-label" if it does not exist).</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="labelId">The label.</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> AddLabel(Guid conversationId, string labelId);

    /// <summary>Takes a label off a conversation.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="labelId">The label.</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> RemoveLabel(Guid conversationId, string labelId);

    /// <summary>The custom fields a customer profile shows.</summary>
    /// <returns>The fields.</returns>
    Task<IReadOnlyList<CustomerFieldDto>> GetCustomerFields();

    /// <summary>A customer's conversations, newest first.</summary>
    /// <param name="customerId">The customer.</param>
    /// <returns>The conversations.</returns>
    Task<IReadOnlyList<ConversationSummaryDto>> GetCustomerConversations(Guid customerId);

    /// <summary>The directory as the caller's role allows: an agent's own contacts, or everyone; masked and audited.</summary>
    /// <param name="search">Text to look for, or null for the first page.</param>
    /// <returns>One page of customers.</returns>
    Task<IReadOnlyList<CustomerDto>> SearchCustomers(string? search);

    /// <summary>Creates a customer profile.</summary>
    /// <param name="request">The profile.</param>
    /// <returns>The created profile; "invalid" with the errors otherwise.</returns>
    Task<CustomerDto> CreateCustomer(CustomerRequest request);

    /// <summary>Changes a customer profile within the caller's rules (a masked role may not change personal data).</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="request">The new profile.</param>
    /// <returns>The changed profile.</returns>
    Task<CustomerDto> UpdateCustomer(Guid customerId, CustomerRequest request);

    /// <summary>Links a conversation to another customer profile; its profile until now is kept as a linked profile.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="customerId">The profile it now belongs to; linking to its current customer changes nothing.</param>
    /// <returns>The acknowledgement once stored.</returns>
    Task<CommandAck> LinkCustomer(Guid conversationId, Guid customerId);

    /// <summary>The profiles a conversation belonged to before it was linked, oldest first, masked for the caller.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <returns>The earlier profiles.</returns>
    Task<IReadOnlyList<CustomerDto>> GetLinkedProfiles(Guid conversationId);
}
