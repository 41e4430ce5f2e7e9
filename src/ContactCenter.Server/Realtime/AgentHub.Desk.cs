using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Customers;
using ContactCenter.Contracts.Desk;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Conversations.Inbox;
using ContactCenter.Server.Features.Conversations.Labeling;
using ContactCenter.Server.Features.Customers.Directory;
using ContactCenter.Server.Features.Customers.Profiles;

namespace ContactCenter.Server.Realtime;

/// <summary>What the agent desk reads and changes besides chatting: the inbox, labels and the customer panel.</summary>
public sealed partial class AgentHub
{
    public Task<IReadOnlyList<InboxItemDto>> GetInbox() => Use<ReadInboxHandler>().ExecuteAsync(Me, Aborted);

    [RequirePermission(Permissions.LabelsUse)]
    public Task<IReadOnlyList<LabelDto>> GetLabels() => Use<ListLabelsHandler>().ExecuteAsync(Aborted);

    [RequirePermission(Permissions.LabelsUse)]
    public Task<CommandAck> AddLabel(Guid conversationId, string labelId) =>
        Use<LabelConversationHandler>().AddAsync(Me, new LabelRequest(conversationId, labelId), Aborted).AnswerAsync();

    [RequirePermission(Permissions.LabelsUse)]
    public Task<CommandAck> RemoveLabel(Guid conversationId, string labelId) =>
        Use<LabelConversationHandler>().RemoveAsync(Me, new LabelRequest(conversationId, labelId), Aborted).AnswerAsync();

    /// <summary>A customer's profile, masked for this caller as the REST API masks it, and audited alike.</summary>
    public Task<CustomerDto> GetCustomer(Guid customerId) => Use<ReadProfileHandler>().ExecuteAsync(Me, AuditOfCaller(), customerId, Aborted).AnswerAsync();

    public Task<IReadOnlyList<CustomerFieldDto>> GetCustomerFields() => Use<ListCustomerFieldsHandler>().ExecuteAsync(Aborted);

    [RequirePermission(Permissions.CustomersHistoryView)]
    public Task<IReadOnlyList<ConversationSummaryDto>> GetCustomerConversations(Guid customerId) => Use<CustomerHistoryHandler>().ExecuteAsync(customerId, Aborted);

    public Task<IReadOnlyList<CustomerDto>> SearchCustomers(string? search) =>
        Use<SearchCustomersHandler>().ExecuteAsync(Me, AuditOfCaller(), new SearchRequest(search, SearchCustomersHandler.PageSize), Aborted);

    [RequirePermission(Permissions.CustomersCreate)]
    public Task<CustomerDto> CreateCustomer(CustomerRequest request) => Use<CreateCustomerHandler>().ExecuteAsync(Me, AuditOfCaller(), request, Aborted).AnswerAsync();

    public Task<CustomerDto> UpdateCustomer(Guid customerId, CustomerRequest request) =>
        Use<UpdateCustomerHandler>().ExecuteAsync(Me, AuditOfCaller(), new UpdateCustomerRequest(customerId, request), Aborted).AnswerAsync();
}
