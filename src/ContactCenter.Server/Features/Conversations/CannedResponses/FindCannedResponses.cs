using ContactCenter.Contracts.Desk;
using Marten;

namespace ContactCenter.Server.Features.Conversations.CannedResponses;

/// <summary>Canned responses for the compose box's "/" shortcut, by the same lookup as the REST API.</summary>
public sealed class FindCannedResponsesHandler(IDocumentStore store)
{
    public async Task<IReadOnlyList<CannedResponseDto>> ExecuteAsync(string shortcut, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var found = await session.FindCannedAsync(shortcut, cancellationToken);
        return [.. found.Select(c => new CannedResponseDto(c.Id, c.Shortcut, c.Title, c.Text))];
    }
}
