namespace ContactCenter.Server.Features.Conversations.Following;

/// <summary>
/// The caller's live connection, when there is one (a hub call; a REST call has none): while it
/// follows a conversation, that conversation's steps reach it. The hubs implement it with their groups.
/// </summary>
public interface IFollowingConnection
{
    /// <summary>Starts following; false when the connection followed it already.</summary>
    Task<bool> FollowAsync(Guid conversationId);

    Task UnfollowAsync(Guid conversationId);
}
