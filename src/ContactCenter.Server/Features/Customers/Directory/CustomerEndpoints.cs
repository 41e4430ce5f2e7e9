using ContactCenter.Contracts;
using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Customers.Profiles;
using ContactCenter.Server.Features.Shared;

namespace ContactCenter.Server.Features.Customers.Directory;

/// <summary>
/// The customer directory and profiles over REST: the permission here, the rules (masking, audit,
/// the agents' conversation rule) in the use cases, the same as the agent hub's.
/// </summary>
public static class CustomerEndpoints
{
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

    private static async Task<CustomerDto[]> SearchAsync(string? search, ChangeContext change, SearchCustomersHandler directory, CancellationToken cancellationToken) =>
        [.. await directory.ExecuteAsync(change.Actor, change.Audit, new SearchRequest(search, SearchCustomersHandler.PageSize), cancellationToken)];

    private static async Task<IResult> ExportAsync(ChangeContext change, SearchCustomersHandler directory, CancellationToken cancellationToken)
    {
        var customers = await directory.ExecuteAsync(change.Actor, change.Audit, new SearchRequest(null, int.MaxValue), cancellationToken);
        var schema = await change.Session.SchemaAsync(cancellationToken);
        return Results.Text(CustomerCsv.Write(customers, schema), "text/csv; charset=utf-8");
    }

    private static Task<IResult> ReadAsync(Guid id, ChangeContext change, ReadProfileHandler profiles, CancellationToken cancellationToken) =>
        profiles.ExecuteAsync(change.Actor, change.Audit, id, cancellationToken).OkAsync();

    private static Task<IReadOnlyList<ConversationSummaryDto>> HistoryAsync(Guid id, CustomerHistoryHandler history, CancellationToken cancellationToken) =>
        history.ExecuteAsync(id, cancellationToken);

    private static async Task<IResult> CreateAsync(CustomerRequest request, ChangeContext change, CreateCustomerHandler create, CancellationToken cancellationToken)
    {
        var created = await create.ExecuteAsync(change.Actor, change.Audit, request, cancellationToken);
        return created.Error is { } refusal ? refusal.ToProblem() : Results.Created($"{ApiRoutes.Customers}/{created.Value!.Id}", created.Value);
    }

    private static Task<IResult> UpdateAsync(Guid id, CustomerRequest request, ChangeContext change, UpdateCustomerHandler update, CancellationToken cancellationToken) =>
        update.ExecuteAsync(change.Actor, change.Audit, new UpdateCustomerRequest(id, request), cancellationToken).OkAsync();
}
