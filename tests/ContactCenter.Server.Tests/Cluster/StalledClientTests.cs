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
/// node closes it once its socket has taken nothing for the transport's send timeout, rather than
/// holding pushes for it without end, and a second client of the same conversation keeps getting
/// every push at once.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class StalledClientTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    // Far more than loopback's socket buffers (up to 4 MB for the sender here) and the transport's
    // 64 KB can absorb (4,000 characters a message): the flood stops as soon as the node lets go of
    // the stalled tab, and this bound only ends a run where it never does.
    private const int MostMessages = 8_000;

    [Fact]
    public async Task A_client_that_stops_reading_is_disconnected_and_the_other_tab_gets_every_message_without_delay()
    {
        // Tried: a customer allowed two connections has two tabs on the widget: one a real client,
        // the other a socket with a 4 KB receive window that reads nothing after its handshake; the
        // agent sends messages of 4,000 characters until the customer can open a third tab, which the
        // node allows only once it has closed the stalled one.
        await using var node = await ServerHost.StartAsync(s =>
        {
            s["ContactCenter:Limits:HubMessageBurst"] = "10000";
            s["ContactCenter:Limits:ConnectionsPerCustomer"] = "2";
        });
        var session = await node.StartChatAsync("Stalled Tab");
        var chat = session.ConversationId!.Value;
        await using var agent = await ChatClients.ConnectAsync(node, ApiRoutes.AgentHub, await node.TokenAsync("jamie.agent"));
        var took = await agent.InvokeAsync<CommandAck>("Take", chat);
        await using var tab = await node.CustomerHubAsync(session.CustomerToken);
        var tabHolds = new ResumingChat(tab, chat, took.Version);
        using var stalled = await OpenTabAsync(node, session.CustomerToken);
        Assert.NotNull(stalled);
        Assert.Null(await OpenTabAsync(node, session.CustomerToken));

        var text = new string('x', 4000);
        var slowest = TimeSpan.Zero;
        var flood = Stopwatch.StartNew();
        var sent = 0;
        ClientWebSocket? third = null;
        while (third is null && sent < MostMessages)
        {
            var ack = await agent.InvokeAsync<CommandAck>("SendMessage", chat, Guid.NewGuid(), text);
            sent++;
            var pushed = Stopwatch.StartNew();
            await tabHolds.HoldsAsync(ack.Version, Patience);
            slowest = pushed.Elapsed > slowest ? pushed.Elapsed : slowest;
            if (sent % 100 == 0)
            {
                third = await OpenTabAsync(node, session.CustomerToken);
            }
        }

        using var opened = third;
        output.WriteLine($"{sent} messages in {flood.Elapsed.TotalSeconds:F1} s until the stalled tab was let go; the reading tab's slowest push took {slowest.TotalMilliseconds:F0} ms");
        Assert.True(third is not null, $"The node still held the stalled tab after {sent} messages ({flood.Elapsed}).");
        Assert.Equal(sent, tabHolds.Messages.Count);
        // Far below the 5 s a stuck socket may take before it is closed: the stalled tab never held anyone up.
        Assert.True(slowest < TimeSpan.FromSeconds(2), $"A push to the reading tab took {slowest}.");

        // The stalled tab now reads what had reached it: it ends early, closed by the node, rather
        // than holding every message for a reader that never came back.
        var (closed, messages) = await ReadToTheEndAsync(stalled, Patience);
        output.WriteLine($"The stalled tab could still read {messages} of the {sent} messages before its connection ended.");
        Assert.True(closed, "The stalled socket was never closed by the server.");
        Assert.True(messages < sent, $"The stalled tab received all {sent} messages: nothing shows that the node let it go.");
    }

    /// <summary>
    /// A customer hub WebSocket over a socket with a tiny receive window, after its handshake and a
    /// first call; null when the node refuses it (the customer's connection cap).
    /// </summary>
    private static async Task<ClientWebSocket?> OpenTabAsync(ServerHost node, string token)
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
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, timeout.Token);
            read.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
            var text = read.ToString();
            if (text.Contains("\"invocationId\":\"1\"", StringComparison.Ordinal))
            {
                return socket;
            }

            // Refused in OnConnected: the node sends a close message naming the cap, then closes.
            if (received.MessageType == WebSocketMessageType.Close || text.Contains("\"type\":7", StringComparison.Ordinal))
            {
                Assert.Contains("too-many-connections", text, StringComparison.Ordinal);
                socket.Dispose();
                return null;
            }
        }
    }

    private static async Task<(bool Closed, int Messages)> ReadToTheEndAsync(ClientWebSocket socket, TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        var buffer = new byte[64 * 1024];
        var messages = 0;
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, timeout.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return (true, messages);
                }

                messages += CountMessages(buffer.AsSpan(0, received.Count));
            }
        }
        catch (WebSocketException)
        {
            // The server aborted the connection.
            return (true, messages);
        }
        catch (OperationCanceledException)
        {
            return (false, messages);
        }
    }

    // Each pushed chat message carries its text once; a frame may split one, never count it twice.
    private static int CountMessages(ReadOnlySpan<byte> frame) => Encoding.UTF8.GetString(frame).Split("\"kind\":\"message\"").Length - 1;
}
