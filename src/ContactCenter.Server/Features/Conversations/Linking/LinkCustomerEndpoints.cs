using ContactCenter.Contracts;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Customers;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Access.Grants;
using ContactCenter.Server.Features.Conversations.Api;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Linking;

/// <summary>The REST side of linking, with the agent hub's rules: the permission, a followable conversation, an existing customer.</summary>
public static class LinkCustomerEndpoints
{
    public static IEndpointRouteBuilder MapCustomerLinking(this IEndpointRouteBuilder app)
    {
        app.MapPost($"{ApiRoutes.Conversations}/{{id:guid}}/customer", LinkAsync).WithTags("Conversations")
            .RequirePermission(Permissions.ConversationsLinkCustomer)
            .WithSummary("Links the conversation to another customer profile; the profile it had is kept as a linked profile.");
        return app;
    }

    private static async Task<IResult> LinkAsync(
        Guid id, LinkCustomerRequest request, RequestGrant current, IQuerySession session, ConversationHandler handler, TimeProvider clock, CancellationToken cancellationToken)
    {
        var grant = current.Required;
        var history = await session.LoadAsync<ConversationHistory>(id, cancellationToken);
        if (history is null)
        {
            return ApiProblems.NotFound($"Conversation {id}");
        }

        if (!grant.CanFollow(history))
        {
            return ApiProblems.Refused("not-queue-member", "This conversation is not in one of your queues.");
        }

        if (await session.LoadAsync<Customer>(request.CustomerId, cancellationToken) is null)
        {
            return ApiProblems.NotFound($"Customer {request.CustomerId}");
        }

        var me = new Author(AuthorKind.Agent, grant.UserId, grant.DisplayName);
        return ConversationEndpoints.Answer(id, await handler.ExecuteAsync(new LinkCustomer(id, request.CustomerId, me, clock.GetUtcNow()), cancellationToken));
    }
}

/// <summary>The profile to link a conversation to.</summary>
public sealed record LinkCustomerRequest(Guid CustomerId);
