using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Audit;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Customers;
using ContactCenter.Server.Features.Audit;
using ContactCenter.Server.Features.Conversations;
using Marten;

namespace ContactCenter.Server.Features.Customers.Directory;

public enum CustomerChangeOutcome
{
    Done,
    NotFound,
    NotInConversation,
    PiiRefused,
    Invalid,
}

/// <summary>The outcome of creating or changing a profile: the profile as the caller may see it, or why not.</summary>
public sealed record CustomerChange(CustomerChangeOutcome Outcome, CustomerDto? Customer = null, ValidationErrors? Errors = null);

/// <summary>
/// The customer directory and profile changes, shared by the REST API and the agent hub. Personal
/// data is masked per recipient before it leaves; every unmasked read is audited; searching
/// matches personal data only for those who may see it.
/// </summary>
public static class CustomerDirectory
{
    public static async Task<IReadOnlyList<CustomerDto>> SearchAsync(
        IDocumentSession session, AccessGrant grant, AuditContext audit, string? search, int limit, CancellationToken cancellationToken)
    {
        var query = session.Query<Customer>().AsQueryable();
        if (!grant.SeesWholeDirectory)
        {
            var contacts = await session.ContactsOfAsync(grant, cancellationToken);
            query = query.Where(c => contacts.Contains(c.Id));
        }

        // Matched, ordered and cut in the database (ILIKE, ORDER BY name LIMIT): only the page is loaded.
        var found = await Matching(query, search, grant).OrderBy(c => c.Name).ThenBy(c => c.Id).Take(limit).ToListAsync(cancellationToken);
        var schema = await session.SchemaAsync(cancellationToken);
        await AuditPiiReadAsync(session, grant, audit, found, cancellationToken);
        return [.. found.Select(c => c.ToDto(schema, grant))];
    }

    public static async Task<IReadOnlyList<ConversationSummaryDto>> HistoryAsync(IQuerySession session, Guid customerId, CancellationToken cancellationToken) =>
        [.. (await session.Query<ConversationHistory>().Where(c => c.CustomerId == customerId).OrderByDescending(c => c.StartedAt).ToListAsync(cancellationToken))
            .Select(c => c.ToSummary())];

    /// <summary>Callers check the create permission first; this checks the profile itself.</summary>
    public static async Task<CustomerChange> CreateAsync(
        IDocumentSession session, AccessGrant grant, AuditContext audit, CustomerRequest request, CancellationToken cancellationToken)
    {
        var schema = await session.SchemaAsync(cancellationToken);
        var customer = new Customer
        {
            Id = Guid.CreateVersion7(),
            Name = PlainName.Clean(request.Name ?? ""),
            Email = request.Email,
            Phone = request.Phone,
            Fields = request.Fields ?? new Dictionary<string, string>(),
            CreatedAt = audit.Now,
        };
        if (customer.Validate(schema) is { IsValid: false } errors)
        {
            return new CustomerChange(CustomerChangeOutcome.Invalid, Errors: errors);
        }

        session.Insert(customer);
        session.Record(audit, AuditActions.CustomerCreated, $"customer:{customer.Id}");
        await session.SaveChangesAsync(cancellationToken);
        return new CustomerChange(CustomerChangeOutcome.Done, customer.ToDto(schema, grant));
    }

    /// <summary>Agents change a profile only while in an active conversation with that customer, and never its masked values.</summary>
    public static async Task<CustomerChange> UpdateAsync(
        IDocumentSession session, AccessGrant grant, AuditContext audit, Guid id, CustomerRequest request, CancellationToken cancellationToken)
    {
        var customer = await session.LoadAsync<Customer>(id, cancellationToken);
        if (customer is null)
        {
            return new CustomerChange(CustomerChangeOutcome.NotFound);
        }

        if (!grant.CanViewCustomer(await session.InActiveConversationAsync(grant, id, cancellationToken)))
        {
            return new CustomerChange(CustomerChangeOutcome.NotInConversation);
        }

        var schema = await session.SchemaAsync(cancellationToken);
        var updated = CustomerEdits.Apply(customer, request, schema, grant);
        if (updated is null)
        {
            return new CustomerChange(CustomerChangeOutcome.PiiRefused);
        }

        if (updated.Validate(schema) is { IsValid: false } errors)
        {
            return new CustomerChange(CustomerChangeOutcome.Invalid, Errors: errors);
        }

        session.Store(updated);
        session.Record(audit, AuditActions.CustomerChanged, $"customer:{id}");
        await session.SaveChangesAsync(cancellationToken);
        return new CustomerChange(CustomerChangeOutcome.Done, updated.ToDto(schema, grant));
    }

    // Those who see masked values cannot search by personal data: a hit would reveal it.
    private static IQueryable<Customer> Matching(IQueryable<Customer> query, string? search, AccessGrant grant)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return query;
        }

        var term = search.Trim();
        return grant.CanSeePii
            ? query.Where(c => c.Name.Contains(term, StringComparison.OrdinalIgnoreCase)
                || (c.Email != null && c.Email.Contains(term, StringComparison.OrdinalIgnoreCase))
                || (c.Phone != null && c.Phone.Contains(term, StringComparison.OrdinalIgnoreCase)))
            : query.Where(c => c.Name.Contains(term, StringComparison.OrdinalIgnoreCase));
    }

    internal static async Task AuditPiiReadAsync(IDocumentSession session, AccessGrant grant, AuditContext audit, IReadOnlyCollection<Customer> shown, CancellationToken cancellationToken)
    {
        if (!grant.CanSeePii || shown.Count == 0)
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
