using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// This node's mirror of which staff connections joined which conversation and queue groups.
/// SignalR does not say who is in a group; the notifier needs it so that a step sent to a
/// conversation's followers and to its queue reaches each connection once (a follower is left out
/// of the queue's copy). Joined here first, then in SignalR's group: in the short gap a step may be
/// left out of the queue's copy and not yet reach the group, and the read that follows every join
/// (<c>GetEventsSince</c>, the client's follow after a take) returns it.
/// </summary>
public sealed class StaffGroups
{
    private readonly Dictionary<string, HashSet<string>> _members = [];
    private readonly Dictionary<string, HashSet<string>> _groupsOf = [];

    /// <summary>Joins; true when the connection was not in the group before.</summary>
    public async Task<bool> JoinAsync(IGroupManager groups, string connectionId, string group)
    {
        bool joined;
        lock (_members)
        {
            joined = Add(_members, group, connectionId);
            Add(_groupsOf, connectionId, group);
        }

        await groups.AddToGroupAsync(connectionId, group);
        return joined;
    }

    public async Task LeaveAsync(IGroupManager groups, string connectionId, string group)
    {
        await groups.RemoveFromGroupAsync(connectionId, group);
        lock (_members)
        {
            Remove(_members, group, connectionId);
            Remove(_groupsOf, connectionId, group);
        }
    }

    /// <summary>The connection closed: SignalR drops its groups, and so does this mirror.</summary>
    public void Forget(string connectionId)
    {
        lock (_members)
        {
            if (_groupsOf.Remove(connectionId, out var groups))
            {
                foreach (var group in groups)
                {
                    Remove(_members, group, connectionId);
                }
            }
        }
    }

    /// <summary>The connections of this node in any of <paramref name="groups"/>.</summary>
    public IReadOnlyList<string> MembersOf(params ReadOnlySpan<string> groups)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        lock (_members)
        {
            foreach (var group in groups)
            {
                if (_members.TryGetValue(group, out var members))
                {
                    found.UnionWith(members);
                }
            }
        }

        return [.. found];
    }

    private static bool Add(Dictionary<string, HashSet<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        return set.Add(value);
    }

    private static void Remove(Dictionary<string, HashSet<string>> map, string key, string value)
    {
        if (map.TryGetValue(key, out var set) && set.Remove(value) && set.Count == 0)
        {
            map.Remove(key);
        }
    }
}
