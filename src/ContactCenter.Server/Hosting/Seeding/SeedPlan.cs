using Marten;

namespace ContactCenter.Server.Hosting.Seeding;

/// <summary>
/// Stages seed items in one session. An item is loaded at most once (its mark remembers it), and
/// never over a document or stream that already exists: whatever a user changed or deleted stays so.
/// </summary>
internal sealed class SeedPlan(IDocumentSession session, IReadOnlySet<string> marks, DateTimeOffset now)
{
    public int Loaded { get; private set; }
    public int Skipped { get; private set; }

    public async Task DocumentAsync<T>(string kind, object id, Func<T> create, CancellationToken cancellationToken) where T : notnull
    {
        var mark = $"{kind}/{id}";
        if (marks.Contains(mark))
        {
            Skipped++;
            return;
        }

        if (await session.LoadAsync<T>(id, cancellationToken) is null)
        {
            session.Insert(create());
            Loaded++;
        }
        else
        {
            Skipped++;
        }

        session.Insert(new SeedMark(mark, now));
    }

    public async Task StreamAsync<TAggregate>(string kind, Guid id, Func<object[]> events, CancellationToken cancellationToken) where TAggregate : class
    {
        var mark = $"{kind}/{id}";
        if (marks.Contains(mark))
        {
            Skipped++;
            return;
        }

        if (await session.Events.FetchStreamStateAsync(id, cancellationToken) is null)
        {
            session.Events.StartStream<TAggregate>(id, events());
            Loaded++;
        }
        else
        {
            Skipped++;
        }

        session.Insert(new SeedMark(mark, now));
    }
}
