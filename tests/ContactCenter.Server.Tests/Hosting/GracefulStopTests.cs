using System.Diagnostics;
using System.Net;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Agents;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Hosting;
using Xunit.Abstractions;

namespace ContactCenter.Server.Tests.Hosting;

/// <summary>A graceful stop (SIGTERM) with clients connected: the node stops taking work first, drains in a few seconds, and agents keep their state.</summary>
public sealed class GracefulStopTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_stopping_node_fails_readiness_refuses_new_hub_connections_stops_quickly_and_its_agent_stays_ready_on_the_next_node()
    {
        // Tried: Jamie is Ready with a desk connected to node one, a desk that reconnects at once when
        // dropped (as the real desk does); node one stops gracefully with that connection open. Inside the stop (held while they knock, so the listener is surely still up)
        // a load balancer asks for readiness and a desk reconnecting at once asks to negotiate. Then a
        // new node starts on the same database and Jamie's desk connects to it.
        var schema = $"stop_{Guid.NewGuid():N}"[..20];
        var first = await ServerHost.StartAsync(s => s["ContactCenter:Database:Schema"] = schema);
        var token = await first.TokenAsync("jamie.agent");
        await using var desk = new HubConnectionBuilder()
            .WithUrl(new Uri(first.Address, ApiRoutes.AgentHub), o =>
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
            })
            .WithAutomaticReconnect([.. Enumerable.Repeat(TimeSpan.FromMilliseconds(50), 200)])
            .Build();
        await desk.StartAsync();
        Assert.Equal("Ready", (await desk.InvokeAsync<AgentPresenceDto>("ChooseState", "Ready", null)).State);

        using var knocker = new HttpClient { BaseAddress = first.Address };
        HttpResponseMessage? readiness = null, negotiate = null;
        // Blocking on purpose: stopping callbacks are synchronous, and holding this one keeps the stop
        // at its first step while the two requests run on the thread pool.
#pragma warning disable VSTHRD002
        first.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => Task.Run(async () =>
        {
            readiness = await knocker.GetAsync(new Uri(ApiRoutes.HealthReady, UriKind.Relative));
            using var asking = new HttpRequestMessage(HttpMethod.Post, $"{ApiRoutes.AgentHub}/negotiate?negotiateVersion=1");
            asking.Headers.Authorization = new("Bearer", token);
            negotiate = await knocker.SendAsync(asking);
        }).Wait());
#pragma warning restore VSTHRD002

        var stopping = Stopwatch.StartNew();
        await first.DisposeAsync();
        stopping.Stop();
        output.WriteLine($"Graceful stop with a desk connected took {stopping.Elapsed.TotalSeconds:F1} s");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness!.StatusCode);
        Assert.Contains("\"accepting\":{\"status\":\"Unhealthy\"", await readiness.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, negotiate!.StatusCode);
        Assert.Equal("application/problem+json", negotiate.Content.Headers.ContentType?.MediaType);
        // Generous: the old stop waited out the 30 s host timeout, as long as the presence grace.
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(15), $"The stop took {stopping.Elapsed}.");

        await using var next = await ServerHost.StartAsync(s => s["ContactCenter:Database:Schema"] = schema);
        await using var again = await ChatClients.ConnectAsync(next, ApiRoutes.AgentHub, token);
        Assert.Equal("Ready", (await again.InvokeAsync<AgentPresenceDto>("GetMyPresence")).State);
    }
}
