namespace ContactCenter.Server.Components.Agent.Transfers;

/// <summary>A transfer offered to this agent, as its alert shows it ("Transfer from Jamie: note").</summary>
public sealed record TransferOffer(Guid ConversationId, string FromName, string? Note, string ToQueueId, DateTimeOffset ExpiresAt)
{
    public string Title => $"Transfer from {FromName}" + (Note is { } note ? $": {note}" : "");
}

/// <summary>A transfer this agent sent, open until the named agent answers: the chat stays theirs meanwhile.</summary>
public sealed record SentTransfer(Guid ConversationId, string ToAgentName);

/// <summary>What the transfer dialog hands on: a queue, or a named member of one.</summary>
public sealed record TransferChoice(string QueueId, string QueueName, Guid? AgentId, string? AgentName, string? Note)
{
    public string Done => AgentName is { } agent
        ? $"Transfer offered to {agent}; the chat stays yours until they accept."
        : $"Transferred to {QueueName}.";
}
