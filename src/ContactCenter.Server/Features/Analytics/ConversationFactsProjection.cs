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
    public override ConversationFacts? Evolve(ConversationFacts? snapshot, Guid id, IEvent e) =>
        e.Data is ConversationEvent @event ? ConversationFacts.Evolve(snapshot, @event) : snapshot;
}
