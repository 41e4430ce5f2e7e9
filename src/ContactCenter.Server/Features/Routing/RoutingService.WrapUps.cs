using ContactCenter.Domain.Conversations;
using Marten;

namespace ContactCenter.Server.Features.Routing;

/// <summary>The router finishes wrap-ups whose queue's wrap-up time ran out, so the agent's seat frees by itself.</summary>
internal sealed partial class RoutingService
{
    // The decider has the last word: the owner finishing a moment ago makes the expiry a no-op.
    private async Task ExpireWrapUpsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        List<ConversationHistory> due;
        await using (var session = store.QuerySession())
        {
            var queues = (await session.Query<Domain.Queues.Queue>().ToListAsync(cancellationToken)).Where(q => q.WrapUpTime is not null).ToDictionary(q => q.Id);
            if (queues.Count == 0)
            {
                return;
            }

            var ids = queues.Keys.ToArray();
            var wrapping = await session.Query<ConversationHistory>()
                .Where(c => c.Status == ConversationStatus.WrapUp && ids.Contains(c.QueueId) && c.WrapUpSince != null).ToListAsync(cancellationToken);
            due = [.. wrapping.Where(c => WrapUpHold.Until(c, queues[c.QueueId]) <= now)];
        }

        foreach (var conversation in due)
        {
            await conversations.ExecuteAsync(new ExpireWrapUp(conversation.Id, now), cancellationToken);
        }
    }
}
