using System.Collections.Concurrent;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Realtime;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Testing;

/// <summary>Real widget customers and agents on the real hubs, for chat scenarios.</summary>
public static class ChatClients
{
    public static async Task<CustomerSession> StartChatAsync(this ServerHost host, string name, string queueId = "support", string? customerToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(ApiRoutes.WidgetChats, UriKind.Relative))
        {
            Content = JsonContent.Create(new StartChatRequest(name, null, queueId)),
        };
        if (customerToken is not null)
        {
            request.Headers.Authorization = new("Bearer", customerToken);
        }

        using var response = await host.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CustomerSession>())!;
    }

    public static Task<HubConnection> CustomerHubAsync(this ServerHost host, string customerToken) => ConnectAsync(host, ApiRoutes.CustomerHub, customerToken);

    public static async Task<HubConnection> ConnectAsync(ServerHost host, string hub, string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(host.Address, hub), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
            })
            .Build();
        await connection.StartAsync();
        // The server runs OnConnectedAsync (group joins) before it answers any call: one round trip
        // means every push from now on reaches this connection.
        await connection.InvokeAsync<object>(hub == ApiRoutes.CustomerHub ? nameof(ICustomerHub.GetMyConversations) : nameof(IAgentHub.GetMyAccess));
        return connection;
    }
}

/// <summary>
/// Records the conversation steps a connection receives and lets a test await a given version:
/// waiting on a fact, never on a clock.
/// </summary>
public sealed class StepInbox
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly ConcurrentQueue<ConversationEventDto> _received = new();
    private readonly ConcurrentDictionary<(Guid, long), TaskCompletionSource<ConversationEventDto>> _waits = new();

    public StepInbox(HubConnection connection) => connection.On<ConversationEventDto>(nameof(IAgentClient.ConversationEvent), Receive);

    public IReadOnlyList<ConversationEventDto> Received => [.. _received];

    public Task<ConversationEventDto> VersionAsync(Guid conversationId, long version) =>
        Wait(conversationId, version).Task.WaitAsync(Patience);

    private void Receive(ConversationEventDto step)
    {
        _received.Enqueue(step);
        Wait(step.ConversationId, step.Version).TrySetResult(step);
    }

    private TaskCompletionSource<ConversationEventDto> Wait(Guid conversationId, long version) =>
        _waits.GetOrAdd((conversationId, version), _ => new TaskCompletionSource<ConversationEventDto>(TaskCreationOptions.RunContinuationsAsynchronously));
}
