namespace ContactCenter.Server.Components.Agent.Conference;

/// <summary>An invitation to this agent to join a chat as a guest, as its alert shows it.</summary>
public sealed record Invitation(Guid ConversationId, string FromName, DateTimeOffset ExpiresAt)
{
    public string Title => $"{FromName} invites you to join a chat";
}

/// <summary>What the invite dialog hands on: a queue and the members of it to invite.</summary>
public sealed record InviteChoice(string QueueId, IReadOnlyList<Guid> AgentIds, IReadOnlyList<string> Names)
{
    public string Done => $"Invited {string.Join(", ", Names)}; they join when they accept.";
}
