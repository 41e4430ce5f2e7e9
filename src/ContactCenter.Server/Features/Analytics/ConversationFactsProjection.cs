using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Metrics;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ContactCenter.Server.Features.Analytics;

/// <summary>
/// Keeps one <see cref="ConversationFacts"/> row per conversation by the domain's own fold, so a
/// period's figures read small rows instead of replaying streams.
/// </summary>
public sealed class ConversationFactsProjection : SingleStreamProjection<ConversationFacts, Guid>
{
    // Only the events the fold reads (the others leave the facts as they are), so a read receipt,
    // a note or a presence change never loads and rewrites a row (docs/storage.md, rule 3).
    // EveryConversationEventTests fails when the fold reads an event this list leaves out.
    public ConversationFactsProjection()
    {
        IncludeType<ConversationStarted>();
        IncludeType<ConversationAssigned>();
        IncludeType<OfferAccepted>();
        IncludeType<MessagePosted>();
        IncludeType<ConversationResolved>();
        IncludeType<ConversationEnded>();
        IncludeType<CustomerLeft>();
        IncludeType<ConversationRated>();
        IncludeType<ConversationTransferred>();
        IncludeType<TransferAccepted>();
        IncludeType<ConversationMovedToQueue>();
        IncludeType<ConversationLabeled>();
        IncludeType<ConversationUnlabeled>();
        IncludeType<WrapUpFinished>();
        IncludeType<ParticipantLeft>();
    }

    public override ConversationFacts? Evolve(ConversationFacts? snapshot, Guid id, IEvent e) =>
        e.Data is ConversationEvent @event ? ConversationFacts.Evolve(snapshot, @event) : snapshot;
}
