using System.Text;
using ContactCenter.Benchmarks.Delivery;
using ContactCenter.Benchmarks.Load;
using ContactCenter.Contracts;

namespace ContactCenter.Benchmarks.Fanout;

/// <summary>
/// The product's own broadcast path, published and run in Production: a customer's chat message
/// (the write path: the hub, the handler, the commit) pushed by the conversation notifier to the
/// conversation's group, which N staff connections (tabs and API clients of the queue's agent
/// that follow the chat) joined through GetEventsSince. One published event is
/// one message; its delivery is the ConversationEvent push on each follower's socket.
/// </summary>
public sealed class ProductTarget : IFanoutTarget
{
    private readonly ServerProcess _server;
    private readonly List<ChatPair> _chat;
    private readonly Guid _conversationId;
    private readonly string _followerToken;

    private ProductTarget(ServerProcess server, List<ChatPair> chat, Guid conversationId, string followerToken) =>
        (_server, _chat, _conversationId, _followerToken) = (server, chat, conversationId, followerToken);

    public string Name => "product (chat message to its followers)";

    public TimeSpan ServerCpu => _server.CpuTime;

    /// <summary>The delivery mode's settings, and room for thousands of tabs of one supervisor and one customer's flood.</summary>
    public static Dictionary<string, string> Settings { get; } = new(DeliveryLoad.LoadSettings)
    {
        ["ContactCenter:Limits:ConnectionsPerStaffMember"] = "100000",
        ["ContactCenter:Limits:HubMessageBurst"] = "100000000",
        ["ContactCenter:Limits:HubMessageInterval"] = "00:00:00.001",
    };

    public static async Task<ProductTarget> StartAsync()
    {
        var server = await ServerProcess.StartProductAsync(Settings);
        // One chat, taken by an agent as in the delivery mode: its customer publishes.
        var chat = await DeliveryLoad.ProductChatsAsync(server, 1);
        using var anonymous = new HttpClient { BaseAddress = server.Address };
        // The followers are the chat's agent's connections, not a supervisor's: each staff connection
        // that opens is pushed to every supervisor connection, which for 5,000 supervisor tabs
        // measured the connects (quadratic), not the broadcast.
        var token = await DeliveryLoad.TokenAsync(anonymous, "load.agent0", DeliveryLoad.AgentPassword);
        var conversationId = (Guid)chat[0].SendArguments(Guid.Empty)[0]!;
        return new ProductTarget(server, chat, conversationId, token);
    }

    public async Task<FanoutSocket> SubscribeAsync()
    {
        var address = BareTarget.WebSocketAddress(_server, $"{ApiRoutes.AgentHub}?access_token={Uri.EscapeDataString(_followerToken)}");
        var socket = await FanoutSocket.ConnectAsync(address, FanoutProtocol.Hub);
        string? refused = null;
        socket.Other = record =>
        {
            // The follow's completion: {"type":3,"invocationId":"follow",...}; an "error" means refused.
            var text = Encoding.UTF8.GetString(record.Span);
            if (text.Contains("\"invocationId\":\"follow\"", StringComparison.Ordinal))
            {
                refused = text.Contains("\"error\"", StringComparison.Ordinal) ? text : null;
                socket.MarkReady();
            }
        };
        await socket.SendAsync(Encoding.UTF8.GetBytes(
            $"{{\"type\":1,\"invocationId\":\"follow\",\"target\":\"GetEventsSince\",\"arguments\":[\"{_conversationId}\",0]}}\u001e"));
        await socket.Ready.WaitAsync(BenchmarkRun.Bound);
        return refused is null ? socket : throw new InvalidOperationException($"The product refused to let the follower follow: {refused}");
    }

    public Task PublishAsync(string payload) => _chat[0].Customer.InvokeAsync("SendMessage", _conversationId, Guid.CreateVersion7(), payload);

    public async ValueTask DisposeAsync()
    {
        await DeliveryLoad.DisposeAsync(_chat);
        await _server.DisposeAsync();
    }
}
