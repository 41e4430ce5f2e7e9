using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Desk;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Conversations;

namespace ContactCenter.Server.Components.Agent;

/// <summary>An inbox row as the desk shows it: the server's row kept current by live steps, with the unread count.</summary>
public sealed record InboxRow(InboxItemDto Item, int Unread = 0)
{
    public Guid Id => Item.Id;

    public bool IsOfferTo(Guid agentId) => Item.Status == ConversationStatusDto.Offered && Item.OfferedTo == agentId;

    public bool IsMine(Guid agentId) => Item.AgentId == agentId;

    /// <summary>A conference guest of it: they read and reply, the owner stays the owner.</summary>
    public bool IsGuest(Guid agentId) => Item.GuestIds?.Contains(agentId) == true;

    public bool IsWaiting => Item.Status is ConversationStatusDto.Queued or ConversationStatusDto.Offered;

    /// <summary>When the wrap-up finishes by itself (its queue's wrap-up time after the end), while in wrap-up.</summary>
    public DateTimeOffset? WrapUpUntil => Item is { Status: ConversationStatusDto.WrapUp, WrapUpSince: { } since, WrapUpSeconds: { } seconds } ? since.AddSeconds(seconds) : null;

    /// <summary>Folds a live step into the row; steps at or below the row's version change nothing.</summary>
    public InboxRow With(ConversationEventDto step)
    {
        if (step.Version <= Item.Version)
        {
            return this;
        }

        var item = Item with { Version = step.Version, Status = step.Status, LastActivityAt = Max(Item.LastActivityAt, step.At) };
        item = step.Payload switch
        {
            CustomerLinkedStep s => item with { CustomerId = s.CustomerId },
            MovedToQueueStep s => item with { QueueId = s.ToQueueId, QueueName = s.ToQueueId },
            TransferredStep s => item with { QueueId = s.ToQueueId, QueueName = s.ToQueueId, AgentId = null, AgentName = null, OfferedTo = null, OfferExpiresAt = null },
            TransferAcceptedStep s => item with { QueueId = s.ToQueueId, QueueName = s.ToQueueId, AgentId = s.ToAgentId, AgentName = s.ToAgentName },
            OfferedStep s => item with { OfferedTo = s.AgentId, OfferExpiresAt = s.Until },
            OfferDeclinedStep => item with { OfferedTo = null, OfferExpiresAt = null },
            AssignedStep s => item with { OfferedTo = null, OfferExpiresAt = null, AgentId = s.AgentId, AgentName = s.AgentName },
            MessageStep s => item with { LastMessagePreview = ConversationHistory.Preview(s.Message.Text) },
            LabeledStep s when !item.Labels.Contains(s.LabelId) => item with { Labels = [.. item.Labels, s.LabelId] },
            LabeledStep => item,
            UnlabeledStep s => item with { Labels = [.. item.Labels.Where(x => x != s.LabelId)] },
            // The wrap-up's clock starts at the end of an answered chat and stops when it closes.
            EndedStep or CustomerLeftStep when step.Status == ConversationStatusDto.WrapUp => item with { WrapUpSince = item.WrapUpSince ?? step.At },
            ResolvedStep or WrapUpFinishedStep => item with { WrapUpSince = null },
            GuestJoinedStep { AgentId: { } guest } => item with { GuestIds = [.. item.GuestIds ?? [], guest] },
            ParticipantLeftStep { WasOwner: true, Requeued: true } => item with { AgentId = null, AgentName = null, GuestIds = null },
            ParticipantLeftStep { WasOwner: true } s => item with { AgentId = s.NewOwnerId, AgentName = s.NewOwnerName, GuestIds = Without(item.GuestIds, s.NewOwnerId) },
            ParticipantLeftStep s => item with { GuestIds = Without(item.GuestIds, s.AgentId) },
            GuestJoinedStep or ConferenceInvitedStep or ConferenceDeclinedStep => item,
            // The envelope's status and time are all these change on a row.
            StartedStep or NoteStep or PendingStep or EndedStep or CustomerLeftStep or RatedStep or ReadStep or HiddenStep
                or TransferOfferedStep or TransferDeclinedStep or WrapUpRecordedStep => item,
            _ => throw Unhandled.Case(step.Payload),
        };
        return this with { Item = item };
    }

    private static Guid[]? Without(IReadOnlyList<Guid>? guests, Guid? agentId) =>
        guests?.Where(g => g != agentId).ToArray() is { Length: > 0 } left ? left : null;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
