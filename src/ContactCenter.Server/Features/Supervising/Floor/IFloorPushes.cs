using ContactCenter.Contracts.Supervisor;

namespace ContactCenter.Server.Features.Supervising.Floor;

/// <summary>Where the floor's changes go to reach wallboards: the feature owns the port, the realtime side implements it.</summary>
public interface IFloorPushes
{
    /// <summary>To the watchers of <paramref name="queue"/>'s queue. Never waits on a screen.</summary>
    void Queue(FloorQueueDto queue);

    /// <summary>To the watchers of each queue the agent works.</summary>
    void Agent(FloorAgentDto agent);

    /// <summary>To the watchers of <paramref name="queueId"/> (the row's queue, or the one it left when it is gone from there).</summary>
    void Conversation(string queueId, FloorConversationDto conversation);
}
