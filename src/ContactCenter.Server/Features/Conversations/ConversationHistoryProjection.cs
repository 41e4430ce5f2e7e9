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
    // Every conversation event, since each moves a row's version. Without a filter an explicit
    // Evolve runs on every stream: each presence change read (and deleted) a history row under the
    // agent's id (docs/storage.md, rule 3).
    public ConversationHistoryProjection()
    {
        foreach (var type in ConversationEventTypes.All)
        {
            IncludeType(type);
        }
    }

    public override ConversationHistory? Evolve(ConversationHistory? snapshot, Guid id, IEvent e) =>
        e.Data is not ConversationEvent @event ? snapshot
        : ConversationHistory.Evolve(snapshot, @event) is { } history ? history with { Version = e.Version } : null;
}
