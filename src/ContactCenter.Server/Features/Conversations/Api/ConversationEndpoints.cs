using ContactCenter.Contracts;
using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Access.Grants;
using ContactCenter.Server.Features.Conversations.Following;
using ContactCenter.Server.Features.Conversations.Messaging;
using ContactCenter.Server.Features.Conversations.Taking;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Api;

/// <summary>
/// The REST side of conversations for integrators and scripts: the same use cases as the agent hub,
/// each endpoint one call of one (its rules live there), answered by <see cref="ApiOutcomes"/>.
/// </summary>
public static class ConversationEndpoints
{
    public static IEndpointRouteBuilder MapConversations(this IEndpointRouteBuilder app)
    {
        var conversations = app.MapGroup(ApiRoutes.Conversations).WithTags("Conversations").RequireAuthorization();
        conversations.MapGet("", ListAsync).WithSummary("Conversations of the caller's queues and their own, newest activity first.");
        conversations.MapGet("/{id:guid}", ReadAsync).WithSummary("A conversation's steps after a version (0 for all).");
        conversations.MapPost("/{id:guid}/take", TakeAsync).RequirePermission(Permissions.ConversationsAssignOwnQueues);
        conversations.MapPost("/{id:guid}/messages", PostAsync).RequirePermission(Permissions.ConversationsReply)
            .WithSummary("Posts a message as the signed-in agent. Send your own messageId to make retries harmless.");
        conversations.MapConversationActions();
        return app;
    }

    private static async Task<ConversationSummaryDto[]> ListAsync(string? status, RequestGrant current, IQuerySession session, CancellationToken cancellationToken)
    {
        var grant = current.Required;
        var queues = grant.QueueIds.ToArray();
        var query = session.Query<ConversationHistory>().AsQueryable();
        // A supervisor's floor is the queues they work (SeesFloorOf), which the filter already holds.
        if (!grant.SeesEveryFloor)
        {
            query = query.Where(c => c.AgentId == grant.UserId || queues.Contains(c.QueueId));
        }

        if (Enum.TryParse<ConversationStatus>(status, ignoreCase: true, out var wanted))
        {
            query = query.Where(c => c.Status == wanted);
        }

        var rows = await query.OrderByDescending(c => c.LastActivityAt).Take(200).ToListAsync(cancellationToken);
        return [.. rows.Select(c => c.ToSummary())];
    }

    private static Task<IResult> ReadAsync(Guid id, long? after, RequestGrant current, FollowConversationHandler follow, CancellationToken cancellationToken) =>
        follow.AsStaffAsync(current.Required, new StepsRequest(id, after ?? 0), following: null, cancellationToken).OkAsync();

    private static Task<IResult> TakeAsync(Guid id, RequestGrant current, TakeConversationHandler take, CancellationToken cancellationToken) =>
        take.ExecuteAsync(current.Required, new TakeRequest(id), following: null, cancellationToken).OkAsync();

    private static Task<IResult> PostAsync(Guid id, AgentMessageRequest request, RequestGrant current, SendMessageHandler send, CancellationToken cancellationToken) =>
        send.AsAgentAsync(current.Required, new SendMessageRequest(id, request.MessageId ?? Guid.CreateVersion7(), request.Text ?? ""), cancellationToken).OkAsync();
}

/// <summary>An agent's message over REST.</summary>
public sealed record AgentMessageRequest(string? Text, Guid? MessageId);
