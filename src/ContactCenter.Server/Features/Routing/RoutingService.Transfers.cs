using ContactCenter.Domain.Conversations;
using Marten;

namespace ContactCenter.Server.Features.Routing;

/// <summary>The router ends transfers to a named agent whose time ran out, as it ends offers.</summary>
internal sealed partial class RoutingService
{
    // The decider has the last word: an accept written a moment ago makes the expiry a no-op.
    // Missing a transfer never sets an agent not-ready: it was a colleague's request, not routed work.
    private async Task ExpireTransfersAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        List<ConversationHistory> due;
        await using (var session = store.QuerySession())
        {
            due = [.. await session.Query<ConversationHistory>().Where(c => c.TransferExpiresAt != null && c.TransferExpiresAt <= now).ToListAsync(cancellationToken)];
        }

        foreach (var conversation in due)
        {
            await conversations.ExecuteAsync(new ExpireTransfer(conversation.Id, conversation.TransferOfferId!.Value, now), cancellationToken);
        }
    }
}
