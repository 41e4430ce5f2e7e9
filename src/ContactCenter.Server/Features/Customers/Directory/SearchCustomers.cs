using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Customers;
using ContactCenter.Server.Features.Audit;
using Marten;

namespace ContactCenter.Server.Features.Customers.Directory;

/// <summary>A page of the directory (or all of it, for the export).</summary>
public sealed record SearchRequest(string? Search, int Limit);

/// <summary>
/// The directory as the caller's role allows: an agent's own contacts, or everyone. Personal data
/// is masked per recipient, every unmasked read is audited, and searching matches personal data
/// only for those who may see it (a hit would reveal it).
/// </summary>
public sealed class SearchCustomersHandler(IDocumentStore store)
{
    public const int PageSize = 50;

    public async Task<IReadOnlyList<CustomerDto>> ExecuteAsync(AccessGrant caller, AuditContext audit, SearchRequest request, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var query = session.Query<Customer>().AsQueryable();
        if (!caller.SeesWholeDirectory)
        {
            var contacts = await session.ContactsOfAsync(caller, cancellationToken);
            query = query.Where(c => contacts.Contains(c.Id));
        }

        // Matched, ordered and cut in the database (ILIKE, ORDER BY name LIMIT): only the page is loaded.
        var found = await Matching(query, request.Search, caller).OrderBy(c => c.Name).ThenBy(c => c.Id).Take(request.Limit).ToListAsync(cancellationToken);
        var schema = await session.SchemaAsync(cancellationToken);
        await session.AuditPiiReadAsync(caller, audit, found, cancellationToken);
        return [.. found.Select(c => c.ToDto(schema, caller))];
    }

    private static IQueryable<Customer> Matching(IQueryable<Customer> query, string? search, AccessGrant caller)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return query;
        }

        var term = search.Trim();
        return caller.CanSeePii
            ? query.Where(c => c.Name.Contains(term, StringComparison.OrdinalIgnoreCase)
                || (c.Email != null && c.Email.Contains(term, StringComparison.OrdinalIgnoreCase))
                || (c.Phone != null && c.Phone.Contains(term, StringComparison.OrdinalIgnoreCase)))
            : query.Where(c => c.Name.Contains(term, StringComparison.OrdinalIgnoreCase));
    }
}
