using ContactCenter.Server.Features.Conversations.Following;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

/// <summary>A staff connection following conversations through their hub groups, for the use cases that follow.</summary>
internal sealed class HubFollowing(StaffGroups staffGroups, IGroupManager groups, string connectionId) : IFollowingConnection
{
    public Task<bool> FollowAsync(Guid conversationId) => staffGroups.JoinAsync(groups, connectionId, ConversationGroups.Conversation(conversationId));

    public Task UnfollowAsync(Guid conversationId) => staffGroups.LeaveAsync(groups, connectionId, ConversationGroups.Conversation(conversationId));
}
