using ContactCenter.Domain.Access;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Routing;
using ContactCenter.Server.Persistence.EventStreams;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Handling;

/// <summary>
/// Every conversation command goes through here, on the one write path of streams
/// (<see cref="StreamWriter{TCommand, TState}"/> with <see cref="ConversationWrites"/>): decide on
/// the conversation's state, append with the expected version, commit with the webhook outbox,
/// publish in version order. A write that cannot get through is answered with <see cref="Busy"/>,
/// a retryable error, never an exception.
/// </summary>
public sealed class ConversationHandler(StreamWriter<ConversationWrite, Conversation?> writer, IDocumentStore store, RouterWake router)
{
    /// <summary>The refusal of a write that met too many concurrent writers; sending it again is safe.</summary>
    public static readonly RuleViolation Busy = RuleViolation.Busy("conflict", "The conversation changed at the same moment; try again.");

    /// <summary>
    /// Runs <paramref name="command"/>. With <paramref name="staff"/> (every command staff send),
    /// the conversation's access rule is checked on the state the decision is made on, in the same
    /// attempt: a conversation that moved to another queue a moment ago is refused, never written into.
    /// </summary>
    public async Task<CommandOutcome> ExecuteAsync(ConversationCommand command, CancellationToken cancellationToken, AccessGrant? staff = null)
    {
        var written = await writer.WriteAsync(new ConversationWrite(command, staff), cancellationToken);
        if (written.Error is { } error)
        {
            return new CommandOutcome(written.Version, error);
        }

        if (written.Commit is not { } commit)
        {
            // A repeated message or note id: answer with the acknowledgement of the original.
            return new CommandOutcome(await OriginalVersionAsync(command, cancellationToken) ?? written.Version);
        }

        var wakesRouter = commit.Steps.Any(s => ConversationEventRules.MayAllowAnOffer((ConversationEvent)s.Event));
        if (wakesRouter)
        {
            await router.WakeAsync(cancellationToken);
        }

        return new CommandOutcome(commit.Version, Changed: true) { WakesRouter = wakesRouter };
    }

    // Rare (a client's retry), so it may read the stream: the cached state knows ids, not versions.
    private async Task<long?> OriginalVersionAsync(ConversationCommand command, CancellationToken cancellationToken)
    {
        Guid? postId = command switch
        {
            PostMessage c => c.MessageId,
            PostPrivateNote c => c.NoteId,
            RecordWrapUp c => c.WrapUpId,
            _ => null,
        };
        if (postId is null)
        {
            return null;
        }

        await using var session = store.QuerySession();
        var (_, steps) = await session.ReadAsync(command.ConversationId, cancellationToken);
        return steps.FirstOrDefault(s => s.Event switch
        {
            MessagePosted e => e.MessageId == postId,
            PrivateNotePosted e => e.NoteId == postId,
            WrapUpRecorded e => e.WrapUpId == postId,
            _ => false,
        })?.Version;
    }
}
