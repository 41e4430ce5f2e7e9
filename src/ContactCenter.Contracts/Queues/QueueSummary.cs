namespace ContactCenter.Contracts.Queues;

/// <summary>A queue as a customer or integrator sees it when choosing where to start a chat.</summary>
/// <param name="Id">Stable id, such as "sales".</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">What the queue handles, shown to customers.</param>
/// <param name="ChannelId">The channel the queue serves, such as "web-chat".</param>
public sealed record QueueSummary(string Id, string Name, string Description, string ChannelId);
