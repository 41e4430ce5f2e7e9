using ContactCenter.Domain.Queues;

namespace ContactCenter.Server.Features.Queues.Settings;

/// <summary>
/// A queue as the settings page and the API read it: its document, the agents who list it
/// themselves (team members come through <see cref="Queue.MemberTeamIds"/>), and the version it was
/// read at, which a change must name (the API's ETag and If-Match).
/// </summary>
public sealed record QueueSettingsView(Queue Queue, IReadOnlyList<Guid> AgentIds, Guid Version);

/// <summary>
/// A queue to create or change. <paramref name="AgentIds"/> null leaves the agents who list it as
/// they are. <paramref name="ExpectedVersion"/> is the version the change was made on; a change
/// without one (an older API client) still cannot overwrite a save that lands while it runs.
/// <paramref name="ReadAs"/> and <paramref name="ReadAgentIds"/> are what the editor read, so a
/// conflict names exactly what others changed.
/// </summary>
public sealed record QueueChange(
    Queue Queue, IReadOnlyList<Guid>? AgentIds = null, Guid? ExpectedVersion = null, Queue? ReadAs = null, IReadOnlyList<Guid>? ReadAgentIds = null);

/// <summary>One row of the queue list.</summary>
public sealed record QueueListRow(Queue Queue, int AgentCount);

/// <summary>Someone who may be made a member of a queue.</summary>
public sealed record QueueCandidate(Guid Id, string UserName, string DisplayName);
