using ContactCenter.Contracts;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Access.Grants;
using ContactCenter.Server.Features.Shared;

namespace ContactCenter.Server.Features.Conversations.Linking;

/// <summary>The REST side of linking: the permission here, the rule in <see cref="LinkCustomerHandler"/>, as for the agent hub.</summary>
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

    private static Task<IResult> LinkAsync(Guid id, LinkCustomerRequest request, RequestGrant current, LinkCustomerHandler link, CancellationToken cancellationToken) =>
        link.ExecuteAsync(current.Required, new LinkRequest(id, request.CustomerId), cancellationToken).OkAsync();

    private static Task<IResult> LinkedAsync(Guid id, ChangeContext change, ListLinkedProfilesHandler linked, CancellationToken cancellationToken) =>
        linked.ExecuteAsync(change.Actor, change.Audit, id, cancellationToken).OkAsync();
}

/// <summary>The profile to link a conversation to.</summary>
public sealed record LinkCustomerRequest(Guid CustomerId);
