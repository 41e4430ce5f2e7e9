using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Realtime;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Analytics;

/// <summary>
/// One real chat driven through the widget API and both hubs, on a <see cref="TestClock"/> that
/// moves only when told, so the figures the server measures are known to the second.
/// </summary>
internal sealed class ChatDriver : IAsyncDisposable
{
    private readonly TestClock _clock;
    private readonly HubConnection _agent;

    private ChatDriver(TestClock clock, HubConnection agent, HubConnection customer, Guid conversationId)
    {
        _clock = clock;
        _agent = agent;
        Customer = customer;
        ConversationId = conversationId;
    }

    public HubConnection Customer { get; }
    public Guid ConversationId { get; }

    /// <summary>A customer starts a chat in "support" and <paramref name="agent"/> takes it at once.</summary>
    public static async Task<ChatDriver> StartAsync(ServerHost host, TestClock clock, HubConnection agent, string customerName)
    {
        var session = await host.StartChatAsync(customerName);
        var customer = await host.CustomerHubAsync(session.CustomerToken);
        var chat = new ChatDriver(clock, agent, customer, session.ConversationId!.Value);
        await agent.InvokeAsync<CommandAck>(nameof(IAgentHub.Take), chat.ConversationId);
        return chat;
    }

    public Task CustomerSaysAsync(string text) => Customer.InvokeAsync<CommandAck>(nameof(ICustomerHub.SendMessage), ConversationId, Guid.NewGuid(), text);

    public Task AgentSaysAsync(string text) => _agent.InvokeAsync<CommandAck>(nameof(IAgentHub.SendMessage), ConversationId, Guid.NewGuid(), text);

    public Task ResolveAsync() => _agent.InvokeAsync<CommandAck>(nameof(IAgentHub.Resolve), ConversationId);

    public Task RateAsync(int rating) => Customer.InvokeAsync<CommandAck>(nameof(ICustomerHub.Rate), ConversationId, rating, null);

    public void Wait(int seconds) => _clock.Advance(TimeSpan.FromSeconds(seconds));

    public ValueTask DisposeAsync() => Customer.DisposeAsync();
}
