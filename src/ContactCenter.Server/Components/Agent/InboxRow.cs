using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Desk;
using ContactCenter.Domain.Conversations;
using K = ContactCenter.Contracts.Conversations.ConversationEventKinds;

namespace ContactCenter.Server.Components.Agent;

/// <summary>An inbox row as the desk shows it: the server's row kept current by live steps, with the unread count.</summary>
public sealed record InboxRow(InboxItemDto Item, int Unread = 0)
{
    public Guid Id => Item.Id;

    public bool IsOfferTo(Guid agentId) => Item.Status == "Offered" && Item.OfferedTo == agentId;

    public bool IsMine(Guid agentId) => Item.AgentId == agentId;

    public bool IsWaiting => Item.Status is "Queued" or "Offered";

    /// <summary>Folds a live step into the row; steps at or below the row's version change nothing.</summary>
    public InboxRow With(ConversationEventDto step)
    {
        if (step.Version <= Item.Version)
        {
            return this;
        }

        var item = Item with { Version = step.Version, Status = step.Status, LastActivityAt = Max(Item.LastActivityAt, step.At) };
        item = step.Kind switch
        {
            K.CustomerLinked when step.CustomerId is { } customer => item with { CustomerId = customer },
            K.MovedToQueue when step.ActorName is { } queue => item with { QueueId = queue, QueueName = queue },
            K.Offered => item with { OfferedTo = step.ActorId, OfferExpiresAt = step.Until },
            K.OfferDeclined => item with { OfferedTo = null, OfferExpiresAt = null },
            K.Assigned => item with { OfferedTo = null, OfferExpiresAt = null, AgentId = step.ActorId, AgentName = step.ActorName },
            K.Message when step.Message is { } m => item with { LastMessagePreview = ConversationHistory.Preview(m.Text) },
            K.Labeled when step.LabelId is { } l && !item.Labels.Contains(l) => item with { Labels = [.. item.Labels, l] },
            K.Unlabeled when step.LabelId is { } l => item with { Labels = [.. item.Labels.Where(x => x != l)] },
            _ => item,
        };
        return this with { Item = item };
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
