using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Audit;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Customers;
using ContactCenter.Server.Features.Audit;
using Marten;

namespace ContactCenter.Server.Features.Customers;

/// <summary>
/// The customer rules that need data: which customers an agent is talking to now, whose contacts
/// they are, and the masking of a profile for its recipient. Shared by the REST API and the hubs.
/// </summary>
public static class CustomerAccess
{
    private static readonly ConversationStatus[] Live = [ConversationStatus.Offered, ConversationStatus.Active, ConversationStatus.Pending, ConversationStatus.WrapUp];

    public static Task<bool> InActiveConversationAsync(this IQuerySession session, AccessGrant grant, Guid customerId, CancellationToken cancellationToken) =>
        session.Query<ConversationHistory>()
            .AnyAsync(c => c.CustomerId == customerId && c.AgentId == grant.UserId && Live.Contains(c.Status), cancellationToken);

    /// <summary>Customers of conversations the user has handled: an agent's directory.</summary>
    public static async Task<IReadOnlyList<Guid>> ContactsOfAsync(this IQuerySession session, AccessGrant grant, CancellationToken cancellationToken) =>
        [.. (await session.Query<ConversationHistory>().Where(c => c.AgentId == grant.UserId).Select(c => c.CustomerId).ToListAsync(cancellationToken)).Distinct()];

    public static async Task<CustomerSchema> SchemaAsync(this IQuerySession session, CancellationToken cancellationToken) =>
        await session.LoadAsync<CustomerSchema>(CustomerSchema.SingletonId, cancellationToken) ?? new CustomerSchema { CustomFields = [] };

    public static CustomerDto ToDto(this Customer customer, CustomerSchema schema, AccessGrant recipient)
    {
        var shown = customer.MaskedFor(schema, recipient);
        return new CustomerDto(shown.Id, shown.Name, shown.Email, shown.Phone, shown.Fields, !recipient.CanSeePii);
    }

    /// <summary>Every profile shown unmasked is an audited read of personal data.</summary>
    public static async Task AuditPiiReadAsync(this IDocumentSession session, AccessGrant reader, AuditContext audit, IReadOnlyCollection<Customer> shown, CancellationToken cancellationToken)
    {
        if (!reader.CanSeePii || shown.Count == 0)
        {
            return;
        }

        foreach (var customer in shown)
        {
            session.Record(audit, AuditActions.CustomerPiiRead, $"customer:{customer.Id}");
        }

        await session.SaveChangesAsync(cancellationToken);
    }
}
