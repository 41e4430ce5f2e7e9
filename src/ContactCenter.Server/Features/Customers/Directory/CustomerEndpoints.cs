using ContactCenter.Contracts;
using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Audit;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Customers;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Audit;
using ContactCenter.Server.Features.Shared;
using Marten;
using ContactCenter.Server.Features.Conversations;

namespace ContactCenter.Server.Features.Customers.Directory;

/// <summary>
/// The customer directory and profiles. Personal data is masked per recipient before it leaves;
/// every unmasked read is audited; searching matches personal data only for those who may see it.
/// </summary>
public static class CustomerEndpoints
{
    public const int PageSize = 50;

    public static IEndpointRouteBuilder MapCustomers(this IEndpointRouteBuilder app)
    {
        var customers = app.MapGroup(ApiRoutes.Customers).WithTags("Customers").RequireAuthorization();
        customers.MapGet("", SearchAsync);
        customers.MapGet("/export", ExportAsync).WithSummary("The directory as CSV, masked as the caller's role requires.");
        customers.MapGet("/{id:guid}", ReadAsync);
        customers.MapGet("/{id:guid}/conversations", HistoryAsync).RequirePermission(Permissions.CustomersHistoryView);
        customers.MapPost("", CreateAsync).RequirePermission(Permissions.CustomersCreate);
        customers.MapPut("/{id:guid}", UpdateAsync);
        return app;
    }

    private static async Task<CustomerDto[]> SearchAsync(string? search, ChangeContext change, CancellationToken cancellationToken) =>
        [.. await DirectoryAsync(search, PageSize, change, cancellationToken)];

    private static async Task<IResult> ExportAsync(ChangeContext change, CancellationToken cancellationToken)
    {
        var customers = await DirectoryAsync(null, int.MaxValue, change, cancellationToken);
        var schema = await change.Session.SchemaAsync(cancellationToken);
        return Results.Text(CustomerCsv.Write(customers, schema), "text/csv; charset=utf-8");
    }

    private static async Task<IReadOnlyList<CustomerDto>> DirectoryAsync(string? search, int limit, ChangeContext change, CancellationToken cancellationToken)
    {
        var (session, grant) = (change.Session, change.Actor);
        var query = session.Query<Customer>().AsQueryable();
        if (!grant.SeesWholeDirectory)
        {
            var contacts = await session.ContactsOfAsync(grant, cancellationToken);
            query = query.Where(c => contacts.Contains(c.Id));
        }

        var found = (await query.OrderBy(c => c.Name).ToListAsync(cancellationToken))
            .Where(c => Matches(c, search, grant)).Take(limit).ToList();
        var schema = await session.SchemaAsync(cancellationToken);
        await AuditPiiReadAsync(change, found, cancellationToken);
        return [.. found.Select(c => c.ToDto(schema, grant))];
    }

    private static async Task<IResult> ReadAsync(Guid id, ChangeContext change, CancellationToken cancellationToken)
    {
        var read = await change.Session.ReadProfileAsync(change.Actor, change.Audit, id, cancellationToken);
        return read.Outcome switch
        {
            ProfileOutcome.Shown => Results.Ok(read.Profile),
            ProfileOutcome.NotFound => ApiProblems.NotFound($"Customer {id}"),
            _ => ApiProblems.Refused("customer-not-in-conversation", CustomerProfiles.NotInConversationMessage),
        };
    }

    private static async Task<ConversationSummaryDto[]> HistoryAsync(Guid id, IQuerySession session, CancellationToken cancellationToken) =>
        [.. (await session.Query<ConversationHistory>().Where(c => c.CustomerId == id).OrderByDescending(c => c.StartedAt).ToListAsync(cancellationToken))
            .Select(c => c.ToSummary())];

    private static async Task<IResult> CreateAsync(CustomerRequest request, ChangeContext change, TimeProvider clock, CancellationToken cancellationToken)
    {
        var schema = await change.Session.SchemaAsync(cancellationToken);
        var customer = new Customer
        {
            Id = Guid.CreateVersion7(),
            Name = request.Name.Trim(),
            Email = request.Email,
            Phone = request.Phone,
            Fields = request.Fields ?? new Dictionary<string, string>(),
            CreatedAt = clock.GetUtcNow(),
        };
        if (customer.Validate(schema) is { IsValid: false } errors)
        {
            return ApiProblems.Invalid(errors);
        }

        change.Session.Insert(customer);
        change.Session.Record(change.Audit, AuditActions.CustomerCreated, $"customer:{customer.Id}");
        await change.Session.SaveChangesAsync(cancellationToken);
        return Results.Created($"{ApiRoutes.Customers}/{customer.Id}", customer.ToDto(schema, change.Actor));
    }

    private static async Task<IResult> UpdateAsync(Guid id, CustomerRequest request, ChangeContext change, CancellationToken cancellationToken)
    {
        var (session, grant) = (change.Session, change.Actor);
        var customer = await session.LoadAsync<Customer>(id, cancellationToken);
        if (customer is null)
        {
            return ApiProblems.NotFound($"Customer {id}");
        }

        if (!grant.CanViewCustomer(await session.InActiveConversationAsync(grant, id, cancellationToken)))
        {
            return ApiProblems.Refused("customer-not-in-conversation", CustomerProfiles.NotInConversationMessage);
        }

        var schema = await session.SchemaAsync(cancellationToken);
        var updated = CustomerEdits.Apply(customer, request, schema, grant);
        if (updated is null)
        {
            return ApiProblems.Refused(Permissions.CustomersPiiView);
        }

        if (updated.Validate(schema) is { IsValid: false } errors)
        {
            return ApiProblems.Invalid(errors);
        }

        session.Store(updated);
        session.Record(change.Audit, AuditActions.CustomerChanged, $"customer:{id}");
        await session.SaveChangesAsync(cancellationToken);
        return Results.Ok(updated.ToDto(schema, grant));
    }

    // Those who see masked values cannot search by personal data: a hit would reveal it.
    private static bool Matches(Customer c, string? search, AccessGrant grant)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return true;
        }

        bool Has(string? value) => value?.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase) == true;
        return Has(c.Name) || (grant.CanSeePii && (Has(c.Email) || Has(c.Phone)));
    }

    private static async Task AuditPiiReadAsync(ChangeContext change, List<Customer> shown, CancellationToken cancellationToken)
    {
        if (!change.Actor.CanSeePii || shown.Count == 0)
        {
            return;
        }

        foreach (var customer in shown)
        {
            change.Session.Record(change.Audit, AuditActions.CustomerPiiRead, $"customer:{customer.Id}");
        }

        await change.Session.SaveChangesAsync(cancellationToken);
    }
}
