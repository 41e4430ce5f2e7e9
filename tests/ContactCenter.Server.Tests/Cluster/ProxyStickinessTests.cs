using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Agents;
using ContactCenter.Testing;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Cluster;

/// <summary>
/// The cluster's proxy (infra/cluster/proxy.sh) in front of two nodes: a connection's negotiate and its
/// WebSocket reach the same node, whichever node the client is pinned to, or by its address when it has no pin.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ProxyStickinessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(null)]
    [InlineData("node1")]
    [InlineData("node2")]
    public async Task Negotiate_and_WebSocket_land_on_the_same_node_and_the_hub_handshake_succeeds(string? pin)
    {
        // Tried: an agent's hub connection made by hand through the proxy, with no cookie yet or pinned
        // to either node: the negotiate, then the WebSocket with the connection token negotiate gave.
        await using var nodes = await TwoNodes.StartAsync();
        await using var proxy = await TestProxy.StartAsync(nodes.A.Address.Port, nodes.B.Address.Port);
        var token = await nodes.A.TokenAsync("jamie.agent");
        var cookies = new CookieContainer();
        if (pin is not null)
        {
            cookies.Add(proxy.Address, new Cookie(TestProxy.PinCookie, pin));
        }

        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = proxy.Address };
        using var asking = new HttpRequestMessage(HttpMethod.Post, $"{ApiRoutes.AgentHub.TrimStart('/')}/negotiate?negotiateVersion=1");
        asking.Headers.Authorization = new("Bearer", token);
        using var negotiated = await http.SendAsync(asking);
        negotiated.EnsureSuccessStatusCode();
        var negotiatedOn = Assert.Single(negotiated.Headers.GetValues(TestProxy.NodeHeader));
        var connectionToken = (await negotiated.Content.ReadFromJsonAsync<Negotiation>())!.ConnectionToken;

        using var socket = new ClientWebSocket();
        socket.Options.Cookies = cookies;
        socket.Options.CollectHttpResponseDetails = true;
        var ws = new Uri(proxy.Address, $"{ApiRoutes.AgentHub.TrimStart('/')}?id={connectionToken}&access_token={Uri.EscapeDataString(token)}");
        using var timeout = new CancellationTokenSource(Patience);
        await socket.ConnectAsync(new UriBuilder(ws) { Scheme = "ws" }.Uri, timeout.Token);
        var upgradedOn = Assert.Single(socket.HttpResponseHeaders![TestProxy.NodeHeader]);
        // The hub protocol's handshake: a node that did not negotiate this token has refused the socket before.
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e"), WebSocketMessageType.Text, true, timeout.Token);
        var answer = new byte[256];
        var received = await socket.ReceiveAsync(answer, timeout.Token);

        Assert.Equal(pin ?? negotiatedOn, negotiatedOn);
        Assert.Equal(negotiatedOn, upgradedOn);
        Assert.Equal("{}\u001e", Encoding.UTF8.GetString(answer, 0, received.Count));
    }

    [Fact]
    public async Task SignalR_clients_pinned_to_each_node_connect_with_negotiation_and_work_on_their_node()
    {
        // Tried: ten .NET hub clients through the proxy with negotiation (as the desk's browser does),
        // five pinned to each node; if the proxy were not sticky, about half the WebSockets would reach
        // a node that never negotiated them and fail.
        await using var nodes = await TwoNodes.StartAsync();
        await using var proxy = await TestProxy.StartAsync(nodes.A.Address.Port, nodes.B.Address.Port);
        var token = await nodes.A.TokenAsync("jamie.agent");

        var connections = await Task.WhenAll(Enumerable.Range(0, 10).Select(async i =>
        {
            var cookies = new CookieContainer();
            cookies.Add(proxy.Address, new Cookie(TestProxy.PinCookie, i % 2 == 0 ? "node1" : "node2"));
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(proxy.Address, ApiRoutes.AgentHub), o =>
                {
                    o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                    o.Transports = HttpTransportType.WebSockets;
                    o.Cookies = cookies;
                })
                .Build();
            await connection.StartAsync().WaitAsync(Patience);
            return (connection, cookies);
        }));

        try
        {
            foreach (var (connection, cookies) in connections)
            {
                Assert.Equal(HubConnectionState.Connected, connection.State);
                Assert.NotNull(await connection.InvokeAsync<AgentPresenceDto>("GetMyPresence").WaitAsync(Patience));
            }

            // Each kept its pin: the proxy's answers re-set the cookie to the node that served them.
            Assert.Equal(
                ["node1", "node2", "node1", "node2", "node1", "node2", "node1", "node2", "node1", "node2"],
                connections.Select(c => c.cookies.GetCookies(proxy.Address)[TestProxy.PinCookie]!.Value));
        }
        finally
        {
            foreach (var (connection, _) in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private sealed record Negotiation(string ConnectionToken);
}
