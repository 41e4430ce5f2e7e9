namespace ContactCenter.Server.Features.Conversations.Handling;

/// <summary>
/// Where committed conversation steps go to reach screens: the feature owns the port, the realtime
/// side implements it, so the write path knows no hub (docs/architecture.md, "Where things go").
/// </summary>
public interface IConversationPushes
{
    /// <summary>Called after the commit, in commit order per conversation; never waits on a screen.</summary>
    void Publish(ConversationChange change);
}
