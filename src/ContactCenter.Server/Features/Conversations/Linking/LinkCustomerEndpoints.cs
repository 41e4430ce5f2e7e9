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
        app.MapGet($"{ApiRoutes.Conversations}/{{id:guid}}/linked-profiles", LinkedAsync).WithTags("Conversations").RequireAuthorization()
            .WithSummary("The profiles the conversation belonged to before, oldest first: those the caller may see, masked for them.");
        return app;
    }

    private static async Task<IResult> LinkAsync(
        Guid id, LinkCustomerRequest request, RequestGrant current, IQuerySession session, ConversationHandler handler, TimeProvider clock, CancellationToken cancellationToken)
    {
        var grant = current.Required;
        if ((await session.FollowableAsync(grant, id, cancellationToken)).Refusal is { } refusal)
        {
            return FollowableConversations.Problem(refusal);
        }

        if (await session.LoadAsync<Customer>(request.CustomerId, cancellationToken) is null)
        {
            return ApiProblems.NotFound($"Customer {request.CustomerId}");
        }

        var me = new Author(AuthorKind.Agent, grant.UserId, grant.DisplayName);
        return ConversationEndpoints.Answer(id, await handler.ExecuteAsync(new LinkCustomer(id, request.CustomerId, me, clock.GetUtcNow()), cancellationToken, grant));
    }

    private static async Task<IResult> LinkedAsync(Guid id, ChangeContext change, CancellationToken cancellationToken)
    {
        var found = await change.Session.FollowableAsync(change.Actor, id, cancellationToken);
        return found.Refusal is { } refusal
            ? FollowableConversations.Problem(refusal)
            : Results.Ok(await change.Session.LinkedProfilesAsync(change.Actor, change.Audit, found.Conversation!, cancellationToken));
    }
}

/// <summary>The profile to link a conversation to.</summary>
public sealed record LinkCustomerRequest(Guid CustomerId);
