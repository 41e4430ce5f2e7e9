using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Server.Features.Agents.Presence;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace ContactCenter.Server.Tests.Delivery;

/// <summary>One client that stops reading must not delay anyone else's pushes; it is dropped and resumes by version.</summary>
public sealed class SlowClientTests(ITestOutputHelper output)
{
    // Far more than what the frozen connection's buffers (the transport's and the kernel's) hold.
    private const int BurstMessages = 400;

    // A chat message of the longest kind (4000 characters, 3 bytes each on the wire).
    private static readonly string LongText = new('✓', 4000);

    [Fact]
    public async Task A_frozen_agent_connection_during_a_burst_does_not_delay_an_unrelated_pair_and_is_closed()
    {
        // Tried: the same burst of long messages in four support chats twice on one node, while an
        // unrelated pair (an agent posting, a customer in a sales chat receiving) measures each
        // push's delay. In the second run an agent tab follows the burst's chats and then stops
        // reading (frozen). Before the fix the node's single push loop waited on the frozen
        // connection for the transport's send timeout, and the pair's pushes with it. Asserted: every
        // push of the pair arrives within a generous bound (under that timeout), and the server
        // closes the frozen connection by itself. The delays of both runs are printed.
        // The burst posts more than one user's REST write budget a minute: lift it, it is not what is measured.
        await using var host = await ServerHost.StartAsync(s => s["ContactCenter:Limits:StaffWritesPerMinute"] = "100000");
        var baseline = await RunAsync(host, freeze: false);
        var frozen = await RunAsync(host, freeze: true);

        output.WriteLine($"pair push delay without a frozen client: mean {baseline.Mean:F1} ms, max {baseline.Max:F1} ms ({baseline.Count} pushes)");
        output.WriteLine($"pair push delay with a frozen client:    mean {frozen.Mean:F1} ms, max {frozen.Max:F1} ms ({frozen.Count} pushes)");
        output.WriteLine($"ratio frozen/without: mean {frozen.Mean / baseline.Mean:F2}, max {frozen.Max / baseline.Max:F2}");
    }

    private static async Task<Delays> RunAsync(ServerHost host, bool freeze)
    {
        using var sasha = await host.SignedInAsync("sasha.senior");
        var burstChats = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            var chat = (await host.StartChatAsync($"Burst {i}")).ConversationId!.Value;
            (await sasha.PostAsync($"{ApiRoutes.Conversations}/{chat}/take", null)).EnsureSuccessStatusCode();
            burstChats.Add(chat);
        }

        await using var frozenTab = freeze
            ? await ThinHubSocket.ConnectAsync(host.Address, ApiRoutes.AgentHub, await host.TokenAsync("jamie.agent"), receiveBufferBytes: 4096)
            : null;
        if (frozenTab is not null)
        {
            foreach (var chat in burstChats)
            {
                await frozenTab.InvokeAsync("GetEventsSince", chat, 0L);
            }

            // From here on the tab reads nothing.
        }

        var pair = await host.StartChatAsync("Unrelated Customer", queueId: "sales");
        var pairChat = pair.ConversationId!.Value;
        using var alex = await host.SignedInAsync("alex.agent");
        (await alex.PostAsync($"{ApiRoutes.Conversations}/{pairChat}/take", null)).EnsureSuccessStatusCode();
        await using var customer = await host.CustomerHubAsync(pair.CustomerToken);
        var arrivals = new ConcurrentDictionary<long, TaskCompletionSource>();
        TaskCompletionSource Arrival(long version) => arrivals.GetOrAdd(version, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        customer.On<ConversationEventDto>("ConversationEvent", step => Arrival(step.Version).TrySetResult());

        var burst = Task.WhenAll(burstChats.Select(async chat =>
        {
            for (var i = 0; i < BurstMessages / burstChats.Count; i++)
            {
                (await sasha.PostAsJsonAsync($"{ApiRoutes.Conversations}/{chat}/messages", new { text = LongText, messageId = Guid.NewGuid() })).EnsureSuccessStatusCode();
            }
        }));

        var delays = new List<double>();
        while (!burst.IsCompleted || delays.Count < 10)
        {
            var clock = Stopwatch.StartNew();
            using var posted = await alex.PostAsJsonAsync($"{ApiRoutes.Conversations}/{pairChat}/messages", new { text = $"pair {delays.Count}", messageId = Guid.NewGuid() });
            var ack = (await posted.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<CommandAck>())!;
            // The generous bound: well under the 10 s the old push loop stalled for.
            await Arrival(ack.Version).Task.WaitAsync(TimeSpan.FromSeconds(5));
            delays.Add(clock.Elapsed.TotalMilliseconds);
        }

        await burst;
        if (frozenTab is not null)
        {
            await ClosedByServerAsync(host.GetRequiredService<ConnectedStaff>());
        }

        return new Delays(delays.Count, delays.Average(), delays.Max());
    }

    // The frozen tab never reads, so it cannot see the close itself; the node's list of its staff
    // connections can. Patience, not a speed check: the transport's send timeout is 5 s.
    private static async Task ClosedByServerAsync(ConnectedStaff connected)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (connected.All.Count > 0)
        {
            await tick.WaitForNextTickAsync(patience.Token);
        }
    }

    private sealed record Delays(int Count, double Mean, double Max);
}
