using System.Diagnostics;
using ContactCenter.Client.Realtime;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Server.Realtime;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Benchmarks.Desk;

/// <summary>
/// What the desk's loopback hub connection costs per signed-in agent (docs/realtime.md, rule 9): managed
/// memory of the server process, which holds both ends of a circuit's connection. Each desk does
/// what a circuit's desk does at start (inbox, presence, labels, following its conversations).
/// The baseline, in the same run, is a bare agent-hub connection that only connects.
/// </summary>
public static class DeskMemory
{
    public static async Task RunAsync(int desks)
    {
        Console.WriteLine($"Desk memory: {desks} desks, {Environment.ProcessorCount} cores");
        await using var host = await ServerHost.StartAsync(s =>
        {
            s["Logging:LogLevel:Default"] = "Error";
            // All the desks are one user's: the per-user connection cap would stop the measurement.
            s["ContactCenter:Limits:ConnectionsPerStaffMember"] = "1000000";
        });
        var loopback = host.GetRequiredService<LoopbackAddress>().Resolve();
        var token = await host.TokenAsync("alex.agent");

        Func<Task<Func<ValueTask>>> openBare = async () =>
        {
            var connection = new HubConnectionBuilder().WithUrl(new Uri(loopback, ApiRoutes.AgentHub), o =>
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
            }).Build();
            await connection.StartAsync();
            return connection.DisposeAsync;
        };
        Func<Task<Func<ValueTask>>> openDesk = async () =>
        {
            var client = new AgentChatClient(loopback, () => Task.FromResult<string?>(token));
            await client.StartAsync();
            var inbox = await client.GetInboxAsync();
            await client.GetMyPresenceAsync();
            await client.GetLabelsAsync();
            await client.GetReasonCodesAsync();
            foreach (var row in inbox.Where(r => r.Status is ConversationStatusDto.Active or ConversationStatusDto.Pending))
            {
                await client.FollowAsync(row.Id);
            }

            return client.DisposeAsync;
        };

        // Warm-up: the first connections fill pools and caches that later ones share.
        await MeasureAsync(20, openBare);
        await MeasureAsync(20, openDesk);
        var bare = await MeasureAsync(desks, openBare);
        Console.WriteLine($"Baseline (bare hub connection): {bare.PerConnection / 1024.0:F1} KiB each, connect p50 {bare.ConnectP50:F0} ms");

        var desk = await MeasureAsync(desks, openDesk);
        Console.WriteLine($"Desk (typed client, inbox, presence, following): {desk.PerConnection / 1024.0:F1} KiB each, connect and load p50 {desk.ConnectP50:F0} ms");
        Console.WriteLine($"Ratio desk / bare connection: {desk.PerConnection / bare.PerConnection:F2}");
    }

    private static async Task<(double PerConnection, double ConnectP50)> MeasureAsync(int count, Func<Task<Func<ValueTask>>> open)
    {
        var before = Settle();
        var closers = new List<Func<ValueTask>>();
        var times = new List<double>();
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            closers.Add(await open());
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var after = Settle();
        foreach (var close in closers)
        {
            await close();
        }

        times.Sort();
        return ((after - before) / (double)count, times[times.Count / 2]);
    }

    private static long Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
