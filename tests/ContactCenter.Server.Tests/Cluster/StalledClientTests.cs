using System.Diagnostics;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace ContactCenter.Server.Tests.Cluster;

/// <summary>
/// A client that stops reading (a frozen tab, a stuck network) while its conversation is busy: the
/// node bounds what it holds for it and closes it, and a second client of the same conversation keeps
/// getting every push at once.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class StalledClientTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    // About 6.5 MB of pushes to each tab: more than loopback's socket buffers (up to 4 MB for the
    // sender here) and the transport's 64 KB can absorb, so the node's sends to the stalled tab get stuck.
    private const int Messages = 1500;

    [Fact]
    public async Task A_client_that_stops_reading_is_disconnected_and_the_other_tab_gets_every_message_without_delay()
    {
        // Tried: a customer has two tabs on the widget: one a real client, the other a socket with a
        // 4 KB receive window that reads nothing after its handshake; the agent sends 1,500 messages of
        // 4,000 characters.
        await using var node = await ServerHost.StartAsync(s => s["ContactCenter:Limits:HubMessageBurst"] = "5000");
        var session = await node.StartChatAsync("Stalled Tab");
        var chat = session.ConversationId!.Value;
        await using var agent = await ChatClients.ConnectAsync(node, ApiRoutes.AgentHub, await node.TokenAsync("jamie.agent"));
        var took = await agent.InvokeAsync<CommandAck>("Take", chat);
        await using var tab = await node.CustomerHubAsync(session.CustomerToken);
        var tabHolds = new ResumingChat(tab, chat, took.Version);
        using var stalled = await StalledSocketAsync(node, session.CustomerToken);

        var text = new string('x', 4000);
        var slowest = TimeSpan.Zero;
        var flood = Stopwatch.StartNew();
        for (var i = 0; i < Messages; i++)
        {
            var ack = await agent.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), text);
            var sent = Stopwatch.StartNew();
            await tabHolds.HoldsAsync(ack.Version, Patience);
            slowest = sent.Elapsed > slowest ? sent.Elapsed : slowest;
        }

        output.WriteLine($"{Messages} messages in {flood.Elapsed.TotalSeconds:F1} s; the reading tab's slowest push took {slowest.TotalMilliseconds:F0} ms");
        Assert.Equal(Messages, tabHolds.Messages.Count);
        // Far below the 5 s a stuck socket may take before it is closed: the stalled tab never held anyone up.
        Assert.True(slowest < TimeSpan.FromSeconds(2), $"A push to the reading tab took {slowest}.");

        // Now the stalled tab reads what was left for it: the node closed it rather than holding the rest.
        Assert.True(await ReadsToTheEndAsync(stalled, Patience), "The stalled socket was never closed by the server.");
    }

    /// <summary>A customer hub WebSocket over a socket with a tiny receive window that has done its handshake and a first call.</summary>
    private static async Task<ClientWebSocket> StalledSocketAsync(ServerHost node, string token)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096, NoDelay = true };
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        var socket = new ClientWebSocket();
        socket.Options.SetBuffer(4096, 4096);
        var uri = new UriBuilder(new Uri(node.Address, $"{ApiRoutes.CustomerHub.TrimStart('/')}?access_token={Uri.EscapeDataString(token)}")) { Scheme = "ws" }.Uri;
        using var timeout = new CancellationTokenSource(Patience);
        await socket.ConnectAsync(uri, new HttpMessageInvoker(handler), timeout.Token);
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e"), WebSocketMessageType.Text, true, timeout.Token);
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"type\":1,\"invocationId\":\"1\",\"target\":\"GetMyConversations\",\"arguments\":[]}\u001e"), WebSocketMessageType.Text, true, timeout.Token);
        // Its groups are joined before the call is answered: from the answer on, every push is sent to it.
        var read = new StringBuilder();
        var buffer = new byte[4096];
        while (!read.ToString().Contains("\"invocationId\":\"1\"", StringComparison.Ordinal))
        {
            var received = await socket.ReceiveAsync(buffer, timeout.Token);
            read.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
        }

        return socket;
    }

    private static async Task<bool> ReadsToTheEndAsync(ClientWebSocket socket, TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, timeout.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return true;
                }
            }
        }
        catch (WebSocketException)
        {
            // The server aborted the connection.
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
