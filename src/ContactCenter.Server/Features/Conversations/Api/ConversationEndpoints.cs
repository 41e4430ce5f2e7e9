using ContactCenter.Domain.Common;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Access.Grants;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Api;

/// <summary>The REST side of conversations for integrators and scripts: the same commands as the agent hub.</summary>
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
        if (!grant.Has(Permissions.DashboardView))
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

    private static async Task<IResult> ReadAsync(Guid id, long? after, RequestGrant current, IQuerySession session, CancellationToken cancellationToken)
    {
        if ((await session.FollowableAsync(current.Required, id, cancellationToken)).Refusal is { } refusal)
        {
            return FollowableConversations.Problem(refusal);
        }

        var (_, steps) = await session.ReadAsync(id, cancellationToken);
        return Results.Ok(steps.Where(s => s.Version > (after ?? 0)).Select(s => ConversationEventMapper.ToDto(id, s, Audience.Staff)).ToArray());
    }

    private static async Task<IResult> TakeAsync(Guid id, RequestGrant current, IQuerySession session, ConversationHandler handler, TimeProvider clock, CancellationToken cancellationToken)
    {
        var grant = current.Required;
        var history = await session.LoadAsync<ConversationHistory>(id, cancellationToken);
        if (history is null)
        {
            return ApiProblems.NotFound($"Conversation {id}");
        }

        if (!grant.CanTake(history))
        {
            return ApiProblems.Refused("not-queue-member", $"You are not a member of the queue '{history.QueueId}'.");
        }

        var me = new Author(AuthorKind.Agent, grant.UserId, grant.DisplayName);
        return Answer(id, await handler.ExecuteAsync(new AssignConversation(id, grant.UserId, grant.DisplayName, me, clock.GetUtcNow()), cancellationToken));
    }

    private static async Task<IResult> PostAsync(Guid id, AgentMessageRequest request, RequestGrant current, ConversationHandler handler, TimeProvider clock, CancellationToken cancellationToken)
    {
        var grant = current.Required;
        var me = new Author(AuthorKind.Agent, grant.UserId, grant.DisplayName);
        var command = new PostMessage(id, request.MessageId ?? Guid.CreateVersion7(), me, request.Text ?? "", clock.GetUtcNow());
        return Answer(id, await handler.ExecuteAsync(command, cancellationToken, grant));
    }

    internal static IResult Answer(Guid id, CommandOutcome outcome) => outcome.Error switch
    {
        null => Results.Ok(new CommandAck(id, outcome.Version)),
        { Code: "conflict" } e => ApiProblems.TryAgain(e.Code, e.Message),
        { Code: "not-found" } e => Results.Problem(statusCode: 404, title: "Not found", detail: e.Message, extensions: Code(e)),
        { } e when e == ConversationAccess.NotFollowable => FollowableConversations.Problem(e),
        { Code: "empty-message" or "message-too-long" or "invalid-rating" or "comment-too-long" } e => Results.Problem(statusCode: 400, title: "Invalid input", detail: e.Message, extensions: Code(e)),
        var e => Results.Problem(statusCode: 409, title: "Not possible now", detail: e.Message, extensions: Code(e)),
    };

    private static Dictionary<string, object?> Code(RuleViolation e) => new() { ["code"] = e.Code };
}

/// <summary>An agent's message over REST.</summary>
public sealed record AgentMessageRequest(string? Text, Guid? MessageId);
