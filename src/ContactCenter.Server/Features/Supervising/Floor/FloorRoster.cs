using ContactCenter.Domain.Access;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Teams;
using Marten;

namespace ContactCenter.Server.Features.Supervising.Floor;

/// <summary>
/// The settings the floor's figures are read against: queues (thresholds, names), channel kinds,
/// and who works each queue (in person or through a team). Read at start, at midnight and when a
/// wallboard connects, so a changed threshold reaches every wallboard with the next snapshot.
/// </summary>
public sealed record FloorRoster(
    IReadOnlyList<Queue> Queues, IReadOnlyDictionary<string, ChannelKind> ChannelKinds,
    IReadOnlyDictionary<Guid, StaffUser> Staff, IReadOnlyDictionary<string, IReadOnlyList<Guid>> Members)
{
    public static readonly FloorRoster Empty = new([], new Dictionary<string, ChannelKind>(), new Dictionary<Guid, StaffUser>(), new Dictionary<string, IReadOnlyList<Guid>>());

    public static async Task<FloorRoster> LoadAsync(IQuerySession session, CancellationToken cancellationToken)
    {
        var queues = (await session.Query<Queue>().ToListAsync(cancellationToken)).OrderBy(q => q.Name, StringComparer.Ordinal).ToArray();
        var channels = (await session.Query<Channel>().ToListAsync(cancellationToken)).ToDictionary(c => c.Id, c => c.Kind);
        var teams = await session.Query<Team>().ToListAsync(cancellationToken);
        var staff = (await session.Query<StaffUser>().Where(u => !u.Disabled).ToListAsync(cancellationToken)).ToDictionary(u => u.Id);
        var queuesOf = staff.Values.ToDictionary(u => u.Id, u => QueueMembership.QueuesOf(u, teams, queues));
        var members = queues.ToDictionary(q => q.Id, q => (IReadOnlyList<Guid>)[.. queuesOf.Where(m => m.Value.Contains(q.Id)).Select(m => m.Key)], StringComparer.Ordinal);
        return new FloorRoster(queues, channels, staff, members);
    }

    public Queue? Find(string queueId) => Queues.FirstOrDefault(q => q.Id == queueId);

    public IReadOnlyList<Guid> MembersOf(string queueId) => Members.GetValueOrDefault(queueId) ?? [];

    public IReadOnlyList<string> QueuesOf(Guid agentId) => [.. Members.Where(m => m.Value.Contains(agentId)).Select(m => m.Key)];

    public ChannelKind KindOfQueue(string queueId) =>
        Find(queueId) is { } queue ? ChannelKinds.GetValueOrDefault(queue.ChannelId, ChannelKind.Chat) : ChannelKind.Chat;

    public string NameOf(Guid agentId) => Staff.TryGetValue(agentId, out var user) ? user.DisplayName : "Former agent";
}
