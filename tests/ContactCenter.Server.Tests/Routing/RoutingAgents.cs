using ContactCenter.Contracts;
using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Realtime;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Routing;

/// <summary>Agents as the router sees them: signed in on the staff hub, chat channel on, ready.</summary>
internal static class RoutingAgents
{
    public static async Task<HubConnection> ReadyAgentAsync(ServerHost host, string userName, int capacity = 3)
    {
        var agent = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await host.TokenAsync(userName));
        await agent.InvokeAsync<AgentPresenceDto>(nameof(IAgentHub.SetChannel), "Chat", true, capacity);
        await agent.InvokeAsync<AgentPresenceDto>(nameof(IAgentHub.ChooseState), "Ready", null);
        return agent;
    }

    public static Task<HubConnection> ReadyAgentAsync(Scene scene, string userName, int capacity = 3) => scene.ReadyAgentAsync(userName, capacity);

    /// <summary>The first "offered" step this connection sees from now on.</summary>
    public static Task<ConversationEventDto> FirstOfferAsync(HubConnection agent)
    {
        var offered = new TaskCompletionSource<ConversationEventDto>(TaskCreationOptions.RunContinuationsAsynchronously);
        agent.On<ConversationEventDto>(nameof(IAgentClient.ConversationEvent), step =>
        {
            if (step.Payload is OfferedStep)
            {
                offered.TrySetResult(step);
            }
        });
        return offered.Task;
    }
}
