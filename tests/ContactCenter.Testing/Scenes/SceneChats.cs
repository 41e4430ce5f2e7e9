using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Realtime;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Testing.Scenes;

/// <summary>A chat a scene's agent has taken: the customer's session, the agent's connection and the version after the take.</summary>
public sealed record AssignedChat(CustomerSession Customer, HubConnection Agent, long Version)
{
    public Guid Id => Customer.ConversationId!.Value;
}

/// <summary>A chat the router has offered to a scene's ready agent, not yet answered.</summary>
public sealed record OfferedChat(CustomerSession Customer, HubConnection Agent, ConversationEventDto Offer)
{
    public Guid Id => Customer.ConversationId!.Value;
}

/// <summary>States a test starts from, built through the widget, the hubs and the router as a user would.</summary>
public static class SceneChats
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    /// <summary>A widget customer starting a chat in this scene's copy of <paramref name="seededQueueId"/>.</summary>
    public static Task<CustomerSession> StartChatAsync(this Scene scene, string name, string seededQueueId = "support", string? customerToken = null) =>
        scene.Host.StartChatAsync(name, scene.QueueId(seededQueueId), customerToken);

    /// <summary>A chat waiting in the scene's support queue; nobody in the scene is ready, so it stays queued.</summary>
    public static Task<CustomerSession> QueuedChatAsync(this Scene scene, string name = "Queued Customer") => scene.StartChatAsync(name);

    /// <summary>A queued chat that <paramref name="seededUserName"/>'s copy takes from the waiting list.</summary>
    public static async Task<AssignedChat> AssignedChatAsync(this Scene scene, string name = "Assigned Customer", string seededUserName = "jamie.agent")
    {
        var customer = await scene.QueuedChatAsync(name);
        var agent = await scene.AgentHubAsync(seededUserName);
        var taken = await agent.InvokeAsync<CommandAck>(nameof(IAgentHub.Take), customer.ConversationId!.Value);
        return new AssignedChat(customer, agent, taken.Version);
    }

    /// <summary>
    /// <paramref name="seededUserName"/>'s copy on the staff hub, chat channel on with room for
    /// <paramref name="capacity"/> chats, ready: the router may offer them this scene's chats from now on.
    /// </summary>
    public static async Task<HubConnection> ReadyAgentAsync(this Scene scene, string seededUserName = "jamie.agent", int capacity = 3)
    {
        var agent = await scene.AgentHubAsync(seededUserName);
        await agent.InvokeAsync<AgentPresenceDto>(nameof(IAgentHub.SetChannel), "Chat", true, capacity);
        await agent.InvokeAsync<AgentPresenceDto>(nameof(IAgentHub.ChooseState), "Ready", null);
        return agent;
    }

    /// <summary>A new chat offered by the router to a ready copy of <paramref name="seededUserName"/>, the only ready agent of the scene.</summary>
    public static async Task<OfferedChat> OfferedChatAsync(this Scene scene, string name = "Offered Customer", string seededUserName = "jamie.agent")
    {
        var agent = await scene.ReadyAgentAsync(seededUserName);
        var offered = new TaskCompletionSource<ConversationEventDto>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watch = agent.On<ConversationEventDto>(nameof(IAgentClient.ConversationEvent), step =>
        {
            if (step.Payload is OfferedStep)
            {
                offered.TrySetResult(step);
            }
        });
        var customer = await scene.QueuedChatAsync(name);
        var offer = await offered.Task.WaitAsync(Patience);
        return offer.ConversationId == customer.ConversationId
            ? new OfferedChat(customer, agent, offer)
            : throw new InvalidOperationException($"The scene's agent was offered {offer.ConversationId}, not the scene's chat {customer.ConversationId}.");
    }
}
