using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Conversations;

/// <summary>Pure rules of a conversation: given its state and a command, the events that follow.</summary>
public static partial class ConversationDecider
{
    public static Decision Decide(ConversationCommand command, Conversation? state) =>
        ClosingOpenInvitations(ClosingOpenTransfer(DecideOne(command, state), state), state);

    private static Decision DecideOne(ConversationCommand command, Conversation? state) => (command, state) switch
    {
        (StartConversation c, null) => Decision.Accept(new ConversationStarted(c.ConversationId, c.CustomerId, c.QueueId, c.ChannelId, c.Now)),
        (StartConversation, _) => Decision.Refuse(ConversationErrors.AlreadyStarted),
        (_, null) => Decision.Refuse(ConversationErrors.NotStarted),
        (PostMessage c, { } s) => Post(c, s),
        (PostPrivateNote c, { } s) => Note(c, s),
        (AssignConversation c, { } s) => Assign(c, s),
        (SetPending c, { } s) => ByOwner(c.By, s, () => s.Status == ConversationStatus.Pending ? Decision.NoChange
            : s.Status == ConversationStatus.Active ? Decision.Accept(new ConversationPending(s.Id, c.By, c.Now)) : Decision.Refuse(ConversationErrors.Ended)),
        (ResolveConversation c, { } s) => ByOwner(c.By, s, () => s.Status is ConversationStatus.Resolved or ConversationStatus.Closed ? Decision.NoChange
            : s.Status == ConversationStatus.Abandoned ? Decision.Refuse(ConversationErrors.Ended)
            : Decision.Accept(new ConversationResolved(s.Id, c.By, c.Now))),
        (EndConversation c, { } s) => End(c, s),
        (LeaveAsCustomer c, { } s) => s.HasEnded ? Decision.NoChange : Decision.Accept(new CustomerLeft(s.Id, s.CustomerId, s.IsWaiting, c.Now)),
        (RateConversation c, { } s) => Rate(c, s),
        (OfferConversation c, { } s) => OfferTo(c, s),
        (AcceptOffer c, { } s) => s is { Status: ConversationStatus.Offered, Offer: { } offer } && offer.AgentId == c.AgentId
            ? Decision.Accept(new OfferAccepted(s.Id, c.AgentId, offer.AgentName, offer.OfferId, c.Now))
            : s.AgentId == c.AgentId && s.Status == ConversationStatus.Active ? Decision.NoChange
            : Decision.Refuse(ConversationErrors.NotOffered),
        (RejectOffer c, { } s) => s is { Status: ConversationStatus.Offered, Offer: { } rejected } && rejected.AgentId == c.AgentId
            ? Decision.Accept(new OfferDeclined(s.Id, c.AgentId, rejected.OfferId, "rejected", c.Now))
            : Decision.Refuse(ConversationErrors.NotOffered),
        (ExpireOffer c, { } s) => s is { Status: ConversationStatus.Offered, Offer: { } expiring } && expiring.OfferId == c.OfferId && c.Now >= expiring.ExpiresAt
            ? Decision.Accept(new OfferDeclined(s.Id, expiring.AgentId, expiring.OfferId, "expired", c.Now))
            : Decision.NoChange,
        (OverflowConversation c, { } s) => Overflow(c, s),
        (TransferToQueue c, { } s) => Transfer(c, s),
        (TransferToAgent c, { } s) => OfferTransfer(c, s),
        (AcceptTransfer c, { } s) => AnswerTransfer(c, s),
        (RejectTransfer c, { } s) => RefuseTransfer(c, s),
        (ExpireTransfer c, { } s) => ExpireTransferOffer(c, s),
        (MarkRead c, { } s) => s.MessageIds.Contains(c.UpToMessageId)
            ? Decision.Accept(new MessagesRead(s.Id, c.Reader, c.UpToMessageId, c.Now))
            : Decision.Refuse(ConversationErrors.UnknownMessage),
        (AddLabel c, { } s) => c.By.Kind != AuthorKind.Agent || c.By.Id is null ? Decision.Refuse(ConversationErrors.NotParticipant)
            : s.Labels.Contains(c.LabelId) ? Decision.NoChange
            : Decision.Accept(new ConversationLabeled(s.Id, c.LabelId, c.By, c.Now)),
        (RemoveLabel c, { } s) => c.By.Kind != AuthorKind.Agent || c.By.Id is null ? Decision.Refuse(ConversationErrors.NotParticipant)
            : !s.Labels.Contains(c.LabelId) ? Decision.NoChange
            : Decision.Accept(new ConversationUnlabeled(s.Id, c.LabelId, c.By, c.Now)),
        (LinkCustomer c, { } s) => Link(c, s),
        (RecordWrapUp c, { } s) => WrapUp(c, s),
        (FinishWrapUp c, { } s) => Finish(c, s),
        (ExpireWrapUp c, { } s) => ExpireWrapUpTime(c, s),
        (InviteToConference c, { } s) => Invite(c, s),
        (AcceptInvitation c, { } s) => Join(c, s),
        (DeclineInvitation c, { } s) => DeclineInvite(c, s),
        (LeaveConversation c, { } s) => Leave(c, s),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "A conversation command without a rule."),
    };

    private static Decision Post(PostMessage c, Conversation s)
    {
        if (s.PostIds.Contains(c.MessageId))
        {
            return Decision.NoChange;
        }

        var text = MessageText.Clean(c.Text);
        if (MessageText.Check(text) is { } invalid)
        {
            return Decision.Refuse(invalid);
        }

        return c.Author.Kind switch
        {
            AuthorKind.Customer when !s.IsCustomer(c.Author.Id) => Decision.Refuse(ConversationErrors.NotParticipant),
            AuthorKind.Customer when s.HasEnded => Decision.Refuse(ConversationErrors.Ended),
            AuthorKind.Agent when !IsOwner(c.Author, s) && !s.IsGuest(c.Author.Id) => Decision.Refuse(s.AgentId is null ? ConversationErrors.NotAnswered : ConversationErrors.NotParticipant),
            AuthorKind.Agent when s.Status is not (ConversationStatus.Active or ConversationStatus.Pending) => Decision.Refuse(ConversationErrors.Ended),
            _ => Decision.Accept(new MessagePosted(s.Id, c.MessageId, c.Author, text, c.Now)),
        };
    }

    private static Decision Note(PostPrivateNote c, Conversation s)
    {
        var text = MessageText.Clean(c.Text);
        return s.PostIds.Contains(c.NoteId) ? Decision.NoChange
            : MessageText.Check(text) is { } invalid ? Decision.Refuse(invalid)
            : c.Author.Kind != AuthorKind.Agent || c.Author.Id is null ? Decision.Refuse(ConversationErrors.NotParticipant)
            : Decision.Accept(new PrivateNotePosted(s.Id, c.NoteId, c.Author, text, c.Now));
    }

    private static Decision Assign(AssignConversation c, Conversation s) =>
        s.AgentId == c.AgentId && s.Status is ConversationStatus.Active or ConversationStatus.Pending ? Decision.NoChange
        : s.Status == ConversationStatus.Offered ? Decision.Refuse(ConversationErrors.BeingOffered)
        : !s.IsWaiting ? Decision.Refuse(s.HasEnded ? ConversationErrors.Ended : ConversationErrors.AlreadyAssigned)
        : Decision.Accept(new ConversationAssigned(s.Id, c.AgentId, c.AgentName, c.By, c.Now));

    private static Decision OfferTo(OfferConversation c, Conversation s) =>
        c.Epoch < s.RouterEpoch ? Decision.Refuse(ConversationErrors.StaleRouter)
        : s.Offer?.OfferId == c.OfferId ? Decision.NoChange
        : s.Status != ConversationStatus.Queued ? Decision.Refuse(ConversationErrors.NotWaiting)
        : s.DeclinedBy.Contains(c.AgentId) ? Decision.Refuse(ConversationErrors.AlreadyDeclined)
        : Decision.Accept(new ConversationOffered(s.Id, c.AgentId, c.AgentName, c.OfferId, c.ExpiresAt, c.Epoch, c.Now));

    // A stale or repeated move (the conversation already left that queue) changes nothing.
    private static Decision Overflow(OverflowConversation c, Conversation s) =>
        s.HasEnded ? Decision.Refuse(ConversationErrors.NotWaiting)
        : s.QueueId != c.FromQueueId ? Decision.NoChange
        : s.Status == ConversationStatus.Offered ? Decision.Refuse(ConversationErrors.BeingOffered)
        : s.Status != ConversationStatus.Queued ? Decision.Refuse(ConversationErrors.NotWaiting)
        : c.ToQueueId == s.QueueId || s.PastQueueIds.Contains(c.ToQueueId) ? Decision.Refuse(ConversationErrors.OverflowLoop)
        : c.Now - s.QueuedAt <= c.MaxWait ? Decision.Refuse(ConversationErrors.WithinMaxWait)
        : Decision.Accept(new ConversationMovedToQueue(s.Id, s.QueueId, c.ToQueueId, "max-wait", c.Now));

    // Allowed in every status, ended or abandoned too: staff often recognise a customer only after
    // the chat, and an abandoned chat on the right profile is what a callback starts from. Linking
    // changes whose record the conversation is, not the chat itself.
    private static Decision Link(LinkCustomer c, Conversation s) =>
        c.By.Kind != AuthorKind.Agent || c.By.Id is null ? Decision.Refuse(ConversationErrors.NotParticipant)
        : c.CustomerId == s.CustomerId ? Decision.NoChange
        : Decision.Accept(new ConversationLinkedToCustomer(s.Id, s.CustomerId, c.CustomerId, c.By, c.Now));

    // A supervisor ends an answered conversation without joining it; the customer is told by the same step.
    // Two supervisors ending one chat from the list: the second learns someone else did, by name, so
    // nobody believes they ended it. After the owner's own end or the customer leaving, nothing changes.
    private static Decision End(EndConversation c, Conversation s) =>
        s.HasEnded && c.MayEndAnyActive && !IsOwner(c.By, s) && s.EndedBy is { } by && by.Id != s.AgentId && by.Id != c.By.Id
            ? Decision.Refuse(ConversationErrors.AlreadyEndedBy(by.DisplayName))
        : s.HasEnded && (IsOwner(c.By, s) || c.MayEndAnyActive) ? Decision.NoChange
        : c.MayEndAnyActive && c.By.Kind == AuthorKind.Agent && c.By.Id is not null && s.AgentId is not null ? Decision.Accept(new ConversationEnded(s.Id, c.By, c.Now))
        : ByOwner(c.By, s, () => s.HasEnded ? Decision.NoChange : Decision.Accept(new ConversationEnded(s.Id, c.By, c.Now)));

    private static Decision Rate(RateConversation c, Conversation s)
    {
        var comment = c.Comment is null ? null : MessageText.Clean(c.Comment);
        return c.Rating is < 1 or > 5 ? Decision.Refuse(ConversationErrors.InvalidRating)
            : comment?.Length > Conversation.MaxCommentLength ? Decision.Refuse(ConversationErrors.CommentTooLong)
            : s.Rated ? Decision.Refuse(ConversationErrors.AlreadyRated)
            : !s.HasEnded || s.AgentId is null ? Decision.Refuse(ConversationErrors.NotEnded)
            : Decision.Accept(new ConversationRated(s.Id, c.Rating, string.IsNullOrWhiteSpace(comment) ? null : comment, c.Now));
    }

    // Status changes are the owner's (supervisors get their own commands with the subscribed list).
    private static Decision ByOwner(Author by, Conversation s, Func<Decision> decide) =>
        IsOwner(by, s) ? decide() : Decision.Refuse(s.AgentId is null ? ConversationErrors.NotAnswered : ConversationErrors.NotParticipant);

    // An agent with an id, and that id the owner's: a missing id never matches a missing owner.
    private static bool IsOwner(Author author, Conversation s) =>
        author.Kind == AuthorKind.Agent && author.Id is { } id && id == s.AgentId;
}
