using ContactCenter.Domain.Access;
using ContactCenter.Domain.Common;
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
/// the notifier. Webhook deliveries are written in the same transaction (an outbox). Writes to one
/// conversation are serialised on this node (<see cref="ConversationLocks"/>); a conflict with
/// another node re-runs the whole read-decide-append with jittered back-off, and a write that still
/// cannot get through is answered with <see cref="Busy"/>, a retryable error, never an exception.
/// </summary>
public sealed class ConversationHandler(IDocumentStore store, ConversationNotifier notifier, RouterWake router, WebhookSubscriptions webhooks, ConversationLocks locks)
{
    /// <summary>The refusal of a write that met too many concurrent writers; sending it again is safe.</summary>
    public static readonly RuleViolation Busy = new("conflict", "The conversation changed at the same moment; try again.");

    private const int Attempts = 8;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Runs <paramref name="command"/>. With <paramref name="staff"/> (every command staff send),
    /// the conversation's access rule is checked on the state just read, in the same attempt as the
    /// decision: a conversation that moved to another queue a moment ago is refused, never written into.
    /// </summary>
    public async Task<CommandOutcome> ExecuteAsync(ConversationCommand command, CancellationToken cancellationToken, AccessGrant? staff = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await AttemptAsync(command, staff, lastAttempt: attempt == Attempts, cancellationToken) is { } outcome)
            {
                if (outcome.WakesRouter)
                {
                    await router.WakeAsync(cancellationToken);
                }

                return outcome;
            }

            // Back off out of step with the other node's writer (jitter), a little longer each time.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20) * attempt), cancellationToken);
        }
    }

    // Null when another node changed the conversation between our read and our write: decide again.
    private async Task<CommandOutcome?> AttemptAsync(ConversationCommand command, AccessGrant? staff, bool lastAttempt, CancellationToken cancellationToken)
    {
        using var lease = await locks.EnterAsync(command.ConversationId, Patience, cancellationToken);
        if (lease is null)
        {
            return new CommandOutcome(0, Busy);
        }

        try
        {
            return await TryOnceAsync(command, staff, cancellationToken);
        }
        catch (Exception e) when (e is ConcurrencyException or ExistingStreamIdCollisionException)
        {
            return lastAttempt ? new CommandOutcome(0, Busy) : null;
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
            // A repeated message or note id: answer with the acknowledgement of the original.
            return new CommandOutcome(OriginalVersion(command, steps) ?? version);
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
        // Still inside the conversation's gate: the next commit is published after this one.
        notifier.Publish(change);
        return new CommandOutcome(version + events.Length, Changed: true) { WakesRouter = events.Any(MayAllowAnOffer) };
    }

    private static long? OriginalVersion(ConversationCommand command, IReadOnlyList<ConversationStep> steps)
    {
        Guid? postId = command switch
        {
            PostMessage c => c.MessageId,
            PostPrivateNote c => c.NoteId,
            _ => null,
        };
        return postId is null ? null : steps.FirstOrDefault(s => s.Event switch
        {
            MessagePosted e => e.MessageId == postId,
            PrivateNotePosted e => e.NoteId == postId,
            _ => false,
        })?.Version;
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
