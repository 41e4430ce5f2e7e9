using ContactCenter.Contracts.Desk;
using ContactCenter.Domain.Conversations;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Labeling;

/// <summary>The labels staff may put on conversations, by name, as the desk's label picker lists them.</summary>
public sealed class ListLabelsHandler(IDocumentStore store)
{
    public async Task<IReadOnlyList<LabelDto>> ExecuteAsync(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var labels = await session.Query<Label>().OrderBy(l => l.Name).ToListAsync(cancellationToken);
        return [.. labels.Select(l => new LabelDto(l.Id, l.Name, l.Color))];
    }
}
