namespace ContactCenter.Server.Realtime;

/// <summary>Hub group names: a conversation's followers and a queue's members.</summary>
public static class ConversationGroups
{
    public static string Conversation(Guid conversationId) => $"conversation:{conversationId}";

    public static string Queue(string queueId) => $"queue:{queueId}";
}
