using ContactCenter.Contracts;
using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Shared;
using Marten;

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
        [.. await CustomerDirectory.SearchAsync(change.Session, change.Actor, change.Audit, search, PageSize, cancellationToken)];

    private static async Task<IResult> ExportAsync(ChangeContext change, CancellationToken cancellationToken)
    {
        var customers = await CustomerDirectory.SearchAsync(change.Session, change.Actor, change.Audit, null, int.MaxValue, cancellationToken);
        var schema = await change.Session.SchemaAsync(cancellationToken);
        return Results.Text(CustomerCsv.Write(customers, schema), "text/csv; charset=utf-8");
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

    private static async Task<IReadOnlyList<ConversationSummaryDto>> HistoryAsync(Guid id, IQuerySession session, CancellationToken cancellationToken) =>
        await CustomerDirectory.HistoryAsync(session, id, cancellationToken);

    private static async Task<IResult> CreateAsync(CustomerRequest request, ChangeContext change, CancellationToken cancellationToken)
    {
        var created = await CustomerDirectory.CreateAsync(change.Session, change.Actor, change.Audit, request, cancellationToken);
        return created.Outcome == CustomerChangeOutcome.Done
            ? Results.Created($"{ApiRoutes.Customers}/{created.Customer!.Id}", created.Customer)
            : Answer(id: null, created);
    }

    private static async Task<IResult> UpdateAsync(Guid id, CustomerRequest request, ChangeContext change, CancellationToken cancellationToken) =>
        Answer(id, await CustomerDirectory.UpdateAsync(change.Session, change.Actor, change.Audit, id, request, cancellationToken));

    private static IResult Answer(Guid? id, CustomerChange change) => change.Outcome switch
    {
        CustomerChangeOutcome.Done => Results.Ok(change.Customer),
        CustomerChangeOutcome.NotFound => ApiProblems.NotFound($"Customer {id}"),
        CustomerChangeOutcome.NotInConversation => ApiProblems.Refused("customer-not-in-conversation", CustomerProfiles.NotInConversationMessage),
        CustomerChangeOutcome.PiiRefused => ApiProblems.Refused(Permissions.CustomersPiiView),
        _ => ApiProblems.Invalid(change.Errors!),
    };
}
