using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Testing;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Hardening;

/// <summary>Flood limits follow the customer or staff member, not the connection.</summary>
public sealed class IdentityLimitTests
{
    [Fact]
    public async Task One_customer_token_on_five_connections_cannot_send_past_the_limit()
    {
        // Tried: five connections with one customer token, each sending a burst. Before, each
        // connection had its own budget, so five connections sent five times the limit. The budget
        // is not refilled during the test (a long interval), so the count is exact.
        await using var host = await ServerHost.StartAsync(s => s["ContactCenter:Limits:HubMessageInterval"] = "01:00:00");
        var customer = await host.StartChatAsync("Flooder");
        var conversation = customer.ConversationId!.Value;
        var connections = new List<HubConnection>();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                connections.Add(await host.CustomerHubAsync(customer.CustomerToken));
            }

            var accepted = 0;
            var refused = new List<string>();
            foreach (var connection in connections)
            {
                for (var m = 0; m < 4; m++)
                {
                    try
                    {
                        await connection.InvokeAsync<CommandAck>("SendMessage", conversation, Guid.NewGuid(), $"spam {m}");
                        accepted++;
                    }
                    catch (HubException e)
                    {
                        refused.Add(e.Message);
                    }
                }
            }

            Assert.Equal(10, accepted);
            Assert.Equal(10, refused.Count);
            Assert.All(refused, m => Assert.Contains("rate-limited", m, StringComparison.Ordinal));
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_customers_eleventh_connection_is_refused_with_a_clear_error()
    {
        // Tried: one customer token opening connection after connection. Before, 150 stayed open.
        await using var host = await ServerHost.StartAsync();
        var customer = await host.StartChatAsync("Hoarder");
        var connections = new List<HubConnection>();
        try
        {
            for (var i = 0; i < 10; i++)
            {
                connections.Add(await host.CustomerHubAsync(customer.CustomerToken));
            }

            var eleventh = Connection(host, ApiRoutes.CustomerHub, customer.CustomerToken);
            connections.Add(eleventh);
            var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
            eleventh.Closed += e => { closed.TrySetResult(e); return Task.CompletedTask; };
            await eleventh.StartAsync();

            var error = await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Contains("too-many-connections", error?.Message, StringComparison.Ordinal);
            // The ten still work.
            Assert.NotNull(await connections[0].InvokeAsync<IReadOnlyList<Guid>>("GetMyConversations"));
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_staff_members_rest_writes_are_limited_per_user_and_others_are_unaffected()
    {
        // Tried: one agent creating labels in a loop. Before, the agent REST API had no limit.
        await using var host = await ServerHost.StartAsync(s => s["ContactCenter:Limits:StaffWritesPerMinute"] = "5");
        using var agent = await host.SignedInAsync("alex.agent");
        using var other = await host.SignedInAsync("jamie.agent");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var put = await agent.PostAsJsonAsync(ApiRoutes.Labels, new { id = $"flood-{i}", name = $"Flood {i}", color = "#ff0000" });
            statuses.Add(put.StatusCode);
            if (put.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(put.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            }
        }

        using var othersWrite = await other.PostAsJsonAsync(ApiRoutes.Labels, new { id = "jamies", name = "Jamies", color = "#00ff00" });

        Assert.All(statuses.Take(5), s => Assert.True((int)s is >= 200 and < 300, $"{s}"));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[5]);
        Assert.True(othersWrite.IsSuccessStatusCode, $"{othersWrite.StatusCode}");
        // Reads are not writes: the limited agent still reads.
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync(new Uri(ApiRoutes.Me, UriKind.Relative))).StatusCode);
    }

    private static HubConnection Connection(ServerHost host, string hub, string token) => new HubConnectionBuilder()
        .WithUrl(new Uri(host.Address, hub), options =>
        {
            options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            options.Transports = HttpTransportType.WebSockets;
            options.SkipNegotiation = true;
        })
        .Build();
}
