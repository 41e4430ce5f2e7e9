using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Integrations;
using ContactCenter.Server.Features.Routing;
using ContactCenter.Server.Realtime;
using JasperFx;
using JasperFx.Events;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Handling;

/// <summary>
/// Every conversation command goes through here: read the stream, let the domain decide, append
/// with the expected version (optimistic concurrency), commit, then hand the committed steps to
/// the notifier. Webhook deliveries are written in the same transaction (an outbox). A conflict
/// re-runs the whole read-decide-append a few times.
/// </summary>
public sealed class ConversationHandler(IDocumentStore store, ConversationNotifier notifier, RouterWake router, WebhookSubscriptions webhooks)
{
    private const int Attempts = 3;

    /// <summary>
    /// Runs <paramref name="command"/>. With <paramref name="staff"/> (every command staff send),
    /// the conversation's access rule is checked on the state just read, in the same attempt as the
    /// decision: a conversation that moved to another queue a moment ago is refused, never written into.
    /// </summary>
    public async Task<CommandOutcome> ExecuteAsync(ConversationCommand command, CancellationToken cancellationToken, AccessGrant? staff = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryOnceAsync(command, staff, cancellationToken);
            }
            catch (Exception e) when (e is ConcurrencyException or ExistingStreamIdCollisionException && attempt < Attempts)
            {
                // Someone else changed the conversation between our read and our write: decide again.
            }
        }
    }

    private async Task<CommandOutcome> TryOnceAsync(ConversationCommand command, AccessGrant? staff, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var (state, steps) = await session.ReadAsync(command.ConversationId, cancellationToken);
        var version = steps.Count == 0 ? 0 : steps[^1].Version;
        if (staff is not null && state is not null && !staff.CanFollow(state))
        {
            return new CommandOutcome(version, ConversationAccess.NotFollowable);
        }

        var decision = ConversationDecider.Decide(command, state);
        if (decision.Error is { } error)
        {
            return new CommandOutcome(version, error);
        }

        if (decision.Events.Count == 0)
        {
            return new CommandOutcome(version);
        }

        var events = decision.Events.ToArray();
        if (state is null)
        {
            session.Events.StartStream<ConversationHistory>(command.ConversationId, events);
        }
        else
        {
            session.Events.Append(command.ConversationId, version + events.Length, events);
        }

        var change = Committed(command, state, version, events);
        session.Stage(change, await webhooks.ActiveAsync(session, cancellationToken), command.Now);
        await session.SaveChangesAsync(cancellationToken);
        notifier.Publish(change);
        if (events.Any(MayAllowAnOffer))
        {
            await router.WakeAsync(cancellationToken);
        }

        return new CommandOutcome(version + events.Length, Changed: true);
    }

    // A new waiting conversation, or capacity freed or taken: the router may have work, and an
    // agent's busy state may change (the router keeps it).
    private static bool MayAllowAnOffer(object e) =>
        e is ConversationStarted or OfferDeclined or ConversationEnded or ConversationResolved or CustomerLeft or ConversationAssigned;

    private static ConversationChange Committed(ConversationCommand command, Conversation? before, long version, object[] events)
    {
        var state = before;
        var steps = new List<ConversationStep>(events.Length);
        foreach (var e in events)
        {
            state = Conversation.Evolve(state, e);
            steps.Add(new ConversationStep(++version, e, command.Now, state!.Status));
        }

        return new ConversationChange(command.ConversationId, state!.CustomerId, state.QueueId, steps);
    }
}
