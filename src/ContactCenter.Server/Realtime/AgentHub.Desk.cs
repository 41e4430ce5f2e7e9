using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Customers;
using ContactCenter.Contracts.Desk;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Conversations.Inbox;
using ContactCenter.Server.Features.Customers;
using ContactCenter.Server.Features.Customers.Directory;
using Marten;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

/// <summary>What the agent desk reads and changes besides chatting: the inbox, labels and the customer panel.</summary>
public sealed partial class AgentHub
{
    public async Task<IReadOnlyList<InboxItemDto>> GetInbox()
    {
        await using var session = store.QuerySession();
        return await session.OfAsync(current.Required, clock.GetUtcNow(), Context.ConnectionAborted);
    }

    [RequirePermission(Permissions.LabelsUse)]
    public async Task<IReadOnlyList<LabelDto>> GetLabels()
    {
        await using var session = store.QuerySession();
        var labels = await session.Query<Label>().OrderBy(l => l.Name).ToListAsync(Context.ConnectionAborted);
        return [.. labels.Select(l => new LabelDto(l.Id, l.Name, l.Color))];
    }

    [RequirePermission(Permissions.LabelsUse)]
    public async Task<CommandAck> AddLabel(Guid conversationId, string labelId)
    {
        await FollowableAsync(conversationId);
        await using (var session = store.QuerySession())
        {
            if (await session.LoadAsync<Label>(labelId, Context.ConnectionAborted) is null)
            {
                throw new HubException($"unknown-label: There is no label '{labelId}'; create it first.");
            }
        }

        return await ExecuteAsync(new AddLabel(conversationId, labelId, Me, clock.GetUtcNow()));
    }

    [RequirePermission(Permissions.LabelsUse)]
    public async Task<CommandAck> RemoveLabel(Guid conversationId, string labelId)
    {
        await FollowableAsync(conversationId);
        return await ExecuteAsync(new RemoveLabel(conversationId, labelId, Me, clock.GetUtcNow()));
    }

    /// <summary>The custom fields a profile shows; the schema page itself stays with those who may see it.</summary>
    public async Task<IReadOnlyList<CustomerFieldDto>> GetCustomerFields()
    {
        await using var session = store.QuerySession();
        var schema = await session.SchemaAsync(Context.ConnectionAborted);
        return [.. schema.CustomFields.Select(f => new CustomerFieldDto(f.Key, f.Label, f.Type.ToString(), f.IsPii, f.Required, f.Options))];
    }

    [RequirePermission(Permissions.CustomersHistoryView)]
    public async Task<IReadOnlyList<ConversationSummaryDto>> GetCustomerConversations(Guid customerId)
    {
        await using var session = store.QuerySession();
        return await CustomerDirectory.HistoryAsync(session, customerId, Context.ConnectionAborted);
    }

    /// <summary>The directory as the caller's role allows: an agent's own contacts, or everyone.</summary>
    public async Task<IReadOnlyList<CustomerDto>> SearchCustomers(string? search)
    {
        await using var session = store.LightweightSession();
        return await CustomerDirectory.SearchAsync(session, current.Required, AuditOfCaller(), search, CustomerEndpoints.PageSize, Context.ConnectionAborted);
    }

    [RequirePermission(Permissions.CustomersCreate)]
    public async Task<CustomerDto> CreateCustomer(CustomerRequest request)
    {
        await using var session = store.LightweightSession();
        return Answer(await CustomerDirectory.CreateAsync(session, current.Required, AuditOfCaller(), request, Context.ConnectionAborted));
    }

    public async Task<CustomerDto> UpdateCustomer(Guid customerId, CustomerRequest request)
    {
        await using var session = store.LightweightSession();
        return Answer(await CustomerDirectory.UpdateAsync(session, current.Required, AuditOfCaller(), customerId, request, Context.ConnectionAborted));
    }

    private static CustomerDto Answer(CustomerChange change) => change.Outcome switch
    {
        CustomerChangeOutcome.Done => change.Customer!,
        CustomerChangeOutcome.NotFound => throw new HubException("not-found: This customer does not exist."),
        CustomerChangeOutcome.NotInConversation => throw new HubException($"customer-not-in-conversation: {CustomerProfiles.NotInConversationMessage}"),
        CustomerChangeOutcome.PiiRefused => throw new HubException("permission-denied: Your role sees this customer's personal data masked, so it cannot change it."),
        _ => throw new HubException($"invalid: {change.Errors}"),
    };
}
