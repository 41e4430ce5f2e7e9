using ContactCenter.Domain.Access;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Teams;
using Marten;

namespace ContactCenter.Server.Features.Queues.Settings;

/// <summary>
/// Reads queue settings for the API and the admin pages alike. A query session per call: a page
/// lives for hours in a circuit, a session for one unit of work (docs/storage.md, rule 4).
/// </summary>
public sealed class QueueSettingsReader(IDocumentStore store)
{
    public async Task<IReadOnlyList<QueueListRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        var queues = await session.Query<Queue>().OrderBy(q => q.Name).ToListAsync(cancellationToken);
        var users = await session.Query<StaffUser>().ToListAsync(cancellationToken);
        return [.. queues.Select(q => new QueueListRow(q, users.Count(u => !u.Disabled && u.QueueIds.Contains(q.Id))))];
    }

    public async Task<QueueSettingsView?> ReadAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        return await ReadAsync(session, id, cancellationToken);
    }

    internal static async Task<QueueSettingsView?> ReadAsync(IQuerySession session, string id, CancellationToken cancellationToken)
    {
        var queue = await session.LoadAsync<Queue>(id, cancellationToken);
        if (queue is null)
        {
            return null;
        }

        var metadata = await session.MetadataForAsync(queue, cancellationToken);
        var users = await session.Query<StaffUser>().ToListAsync(cancellationToken);
        return new QueueSettingsView(queue, [.. users.Where(u => u.QueueIds.Contains(id)).Select(u => u.Id)], metadata?.CurrentVersion ?? Guid.Empty);
    }

    /// <summary>What the queue form offers to choose from: channels, teams, other queues and staff who may chat.</summary>
    public async Task<QueueChoices> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        var roles = await Access.Grants.AccessGrants.RolesAsync(session, cancellationToken);
        var chatting = roles.Where(r => r.Permissions.Contains(Permissions.ConversationsReply)).Select(r => r.Id).ToHashSet();
        var users = await session.Query<StaffUser>().OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        return new QueueChoices(
            await session.Query<Channel>().OrderBy(c => c.Name).ToListAsync(cancellationToken),
            await session.Query<Team>().OrderBy(t => t.Name).ToListAsync(cancellationToken),
            await session.Query<Queue>().OrderBy(q => q.Name).ToListAsync(cancellationToken),
            [.. users.Where(u => !u.Disabled && u.Roles.Any(chatting.Contains)).Select(u => new QueueCandidate(u.Id, u.UserName, u.DisplayName))]);
    }
}

/// <summary>The lists the queue form picks from.</summary>
public sealed record QueueChoices(IReadOnlyList<Channel> Channels, IReadOnlyList<Team> Teams, IReadOnlyList<Queue> Queues, IReadOnlyList<QueueCandidate> Agents);
