using ContactCenter.Domain.Common;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Integrations;
using ContactCenter.Server.Persistence.EventStreams;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Handling;

/// <summary>
/// Conversations on the write path: the domain's fold and decider, the access rule judged on the
/// same state, webhook deliveries staged in the commit's transaction (an outbox), and the commit
/// handed to the notifier.
/// </summary>
public sealed class ConversationWrites(IConversationPushes notifier, WebhookSubscriptions webhooks) : StreamModel<ConversationWrite, Conversation?>
{
    public override Type StreamType => typeof(ConversationHistory);

    public override RuleViolation Conflict => ConversationHandler.Busy;

    public override Guid StreamId(ConversationWrite command) => command.Command.ConversationId;

    public override Conversation? Empty(Guid streamId) => null;

    public override Conversation? Evolve(Conversation? state, object @event) => Conversation.Evolve(state, (ConversationEvent)@event);

    // A conversation that moved to another queue a moment ago is refused, never written into.
    public override Decision Decide(ConversationWrite command, Conversation? state) =>
        command.Staff is { } staff && state is not null && !staff.CanFollow(state)
            ? Decision.Refuse(ConversationAccess.NotFollowable)
            : ConversationDecider.Decide(command.Command, state);

    public override async ValueTask StageAsync(IDocumentSession session, ConversationWrite command, StreamCommit<Conversation?> commit, CancellationToken cancellationToken) =>
        session.Stage(Change(command, commit), await webhooks.ActiveAsync(session, cancellationToken), command.Command.Now);

    public override void Publish(ConversationWrite command, StreamCommit<Conversation?> commit) => notifier.Publish(Change(command, commit));

    // Resolved or abandoned: at most a late rating or label follows, which may read the stream.
    public override bool Settled(Conversation? state) => state is { Status: ConversationStatus.Resolved or ConversationStatus.Abandoned or ConversationStatus.Closed };

    private static ConversationChange Change(ConversationWrite command, StreamCommit<Conversation?> commit) => new(
        commit.StreamId, commit.After!.CustomerId, commit.After.QueueId,
        [.. commit.Steps.Select(s => new ConversationStep(s.Version, (ConversationEvent)s.Event, command.Command.Now, s.State!.Status))]);
}
