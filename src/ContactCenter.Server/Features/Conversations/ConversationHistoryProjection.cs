using ContactCenter.Domain.Conversations;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ContactCenter.Server.Features.Conversations;

/// <summary>
/// Keeps <see cref="ConversationHistory"/> rows by the domain's own fold. An explicit Evolve, since
/// the domain project (no Marten there) is out of reach of Marten's source generator.
/// </summary>
public sealed class ConversationHistoryProjection : SingleStreamProjection<ConversationHistory, Guid>
{
    /// <summary>Every event of a conversation's stream: registered with the store, and all of them move a row's version.</summary>
    public static readonly Type[] EventTypes =
    [
        typeof(ConversationStarted), typeof(ConversationAssigned), typeof(MessagePosted),
        typeof(ConversationResolved), typeof(ConversationRated), typeof(ConversationLabeled), typeof(ConversationUnlabeled), typeof(PrivateNotePosted), typeof(ConversationEnded),
        typeof(CustomerLeft), typeof(ConversationPending), typeof(MessagesRead), typeof(ConversationOffered),
        typeof(OfferAccepted), typeof(OfferDeclined), typeof(ConversationMovedToQueue), typeof(ConversationLinkedToCustomer),
    ];

    // Without a filter an explicit Evolve runs on every stream: each presence change read (and
    // deleted) a history row under the agent's id (docs/storage.md, rule 3).
    public ConversationHistoryProjection()
    {
        foreach (var type in EventTypes)
        {
            IncludeType(type);
        }
    }

    public override ConversationHistory? Evolve(ConversationHistory? snapshot, Guid id, IEvent e) =>
        ConversationHistory.Evolve(snapshot, e.Data) is { } history ? history with { Version = e.Version } : null;
}
