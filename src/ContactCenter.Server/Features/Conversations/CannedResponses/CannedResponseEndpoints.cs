using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Access.Authorization;
using Marten;

namespace ContactCenter.Server.Features.Conversations.CannedResponses;

/// <summary>
/// Saved replies for the "/" shortcut of the compose box: typing "/ref" offers every response whose
/// shortcut starts with "ref". The same lookup serves the REST API and the agent hub.
/// </summary>
public static class CannedResponseEndpoints
{
    public const string Route = "/api/canned-responses";

    public static IEndpointRouteBuilder MapCannedResponses(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, (string? shortcut, IQuerySession session, CancellationToken ct) => session.FindCannedAsync(shortcut, ct))
            .RequirePermission(Permissions.ConversationsReply).WithTags("Conversations")
            .WithSummary("Canned responses whose shortcut starts with the given text (a leading '/' is ignored).");
        return app;
    }

    public static async Task<IReadOnlyList<CannedResponse>> FindCannedAsync(this IQuerySession session, string? shortcut, CancellationToken cancellationToken)
    {
        var prefix = (shortcut ?? "").TrimStart('/').Trim().ToLowerInvariant();
        var all = await session.Query<CannedResponse>().OrderBy(c => c.Shortcut).ToListAsync(cancellationToken);
        return [.. all.Where(c => c.Shortcut.StartsWith(prefix, StringComparison.Ordinal))];
    }
}
