using System.Diagnostics;
using System.Net.Http.Headers;
using ContactCenter.Benchmarks.Delivery;
using ContactCenter.Benchmarks.Desk;
using ContactCenter.Benchmarks.Load;
using ContactCenter.Contracts;
using ContactCenter.Testing;
using ServerProcess = ContactCenter.Benchmarks.Load.ServerProcess;

namespace ContactCenter.Benchmarks.Soak;

/// <summary>The soak's one row: what the audit found, and each node's memory after warm-up and at the end.</summary>
public sealed record SoakFigures(string Round, SoakPlan Plan, SoakVerdict Verdict, int NeverAnswered, int Reconnects, int GaveUp, int Refused,
    double HeapAfterWarmUpMb, double HeapAtEndMb, double ResidentAfterWarmUpMb, double ResidentAtEndMb,
    double RestartedHeapAfterWarmUpMb, double RestartedHeapAtEndMb)
{
    /// <summary>Events appended in a transaction that then rolled back (a batch that met a conflict), as Marten's tombstones count them.</summary>
    public long EventsRolledBack { get; init; }

    public long EventsStored { get; init; }
}

/// <summary>
/// Two published nodes with Redis between them, customers and agents chatting through both for
/// minutes, each connection dropping now and then, and node B stopped gracefully and started again
/// half-way; routing on. Afterwards the store and every party's view are audited
/// (<see cref="SoakAudit"/>) and each node's memory after warm-up is set beside its memory at the end.
/// </summary>
public static class SoakLoad
{
    public static async Task<string> RunAsync(SoakPlan plan)
    {
        Console.WriteLine($"Soak: {plan.Customers} customers, {plan.Agents} agents x {plan.SeatsPerAgent} seats, {plan.Length.TotalMinutes:F1} min, two nodes + Redis, {Environment.ProcessorCount} cores");
        await using var redis = await TestRedis.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["ContactCenter:Limits:ChatStartsPerMinute"] = "1000000",
            ["ContactCenter:Limits:StaffWritesPerMinute"] = "1000000",
            ["ContactCenter:Benchmark:Diagnostics"] = "true",
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["ContactCenter:Redis:ChannelPrefix"] = $"soak-{Guid.NewGuid():N}",
            ["ContactCenter:Database:Schema"] = $"soak_{Guid.NewGuid():N}"[..24],
        };
        await using var nodes = new SoakNodes(await ServerProcess.StartProductAsync(settings), await ServerProcess.StartProductAsync(settings), settings);
        var ledger = new SoakLedger();
        using var anonymous = new HttpClient { BaseAddress = nodes.Addresses[0] };
        using var admin = new HttpClient { BaseAddress = nodes.Addresses[0] };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await DeliveryLoad.TokenAsync(anonymous, "ada.admin", "Demo!2026"));
        var agents = new List<SoakAgent>();
        for (var a = 0; a < plan.Agents; a++)
        {
            var userName = await DeliveryLoad.CreateAgentAsync(admin, $"soak.agent{a}");
            var agent = new SoakAgent(nodes, a, ledger, await DeliveryLoad.TokenAsync(anonymous, userName, DeliveryLoad.AgentPassword), plan.SeatsPerAgent);
            await agent.StartAsync();
            agents.Add(agent);
        }

        var clock = Stopwatch.StartNew();
        var customers = Enumerable.Range(0, plan.Customers).Select(c => new SoakCustomer(nodes, c, ledger, plan)).ToList();
        var chatting = customers.Select(c => Task.Run(() => c.RunAsync(clock))).ToList();
        using var stop = new CancellationTokenSource();
        var memory = SampleMemoryAsync(nodes, plan, clock, stop.Token);
        var disorder = DropAndRestartAsync(nodes, plan, [.. customers, .. agents], agents, clock, stop.Token);
        // Its own bound, not the modes' (a round of at most ten minutes): the soak itself may last that long.
        var patience = plan.Length + (BenchmarkRun.Smoke ? TimeSpan.FromSeconds(60) : TimeSpan.FromMinutes(5));
        try
        {
            await Task.WhenAll(chatting).WaitAsync(patience);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The soak's customers did not finish within {patience}.");
        }
        await stop.CancelAsync();
        await disorder;
        var samples = await memory;

        foreach (var agent in agents)
        {
            await agent.CatchUpAsync();
        }

        await using var auditor = await HubSocket.ConnectAsync(nodes.Pick(0), ApiRoutes.AgentHub, await DeliveryLoad.TokenAsync(anonymous, "ada.admin", "Demo!2026"));
        var verdict = await SoakAudit.RunAsync(ledger, auditor);
        foreach (var agent in agents)
        {
            await agent.StopAsync();
        }

        foreach (var party in customers.Concat<SoakParty>(agents))
        {
            party.Dispose();
        }

        var (stored, rolledBack) = await EventCountsAsync(settings["ContactCenter:Database:Schema"]);
        var figures = Figures(plan, verdict, ledger, samples) with { EventsStored = stored, EventsRolledBack = rolledBack };
        return BenchmarkReport.Write("soak", [figures],
        [
            ("chats", f => f.Verdict.Chats), ("chats started but not stored", f => f.Verdict.ChatsNotStored), ("acknowledged", f => f.Verdict.Acknowledged), ("not stored", f => f.Verdict.NotStored),
            ("stored twice", f => f.Verdict.StoredTwice), ("views differing from the store", f => f.Verdict.ViewsDiffering),
            ("applied twice", f => f.Verdict.DuplicatesApplied), ("double offers", f => f.Verdict.DoubleOffers), ("never answered", f => f.NeverAnswered),
            ("reconnects", f => f.Reconnects), ("steps by push", f => f.Verdict.StepsByPush), ("steps by resume", f => f.Verdict.StepsByResume),
            ("gave up", f => f.GaveUp), ("refused", f => f.Refused),
            ("events stored", f => f.EventsStored), ("events rolled back", f => f.EventsRolledBack),
            ("A heap after warm-up MB", f => f.HeapAfterWarmUpMb), ("A heap at end MB", f => f.HeapAtEndMb),
            ("A RSS after warm-up MB", f => f.ResidentAfterWarmUpMb), ("A RSS at end MB", f => f.ResidentAtEndMb),
            ("B heap after its restart MB", f => f.RestartedHeapAfterWarmUpMb), ("B heap at end MB", f => f.RestartedHeapAtEndMb),
        ], f => f.Round,
        [
            "Goal: every chat a customer was told had started stored, every acknowledged message stored once (not stored = stored twice = 0), every party's view equal to the store (0 differing, 0 applied twice), no chat offered to two agents at once (0 double offers), memory flat after warm-up.",
            $"Refusals by code: {string.Join(", ", ledger.Refusals.Select(r => $"{r.Key} {r.Value}"))} (an agent answering a customer who had just left is refused: expected).",
            .. verdict.Differences.Take(20).Select(d => $"Differs: {d}."),
        ]);
    }

    // Marten fills the sequence numbers of a rolled-back append with tombstone events: what conflicts cost.
    private static async Task<(long Stored, long RolledBack)> EventCountsAsync(string schema)
    {
        await using var connection = new Npgsql.NpgsqlConnection((await TestPostgres.GetAsync()).ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            $"select count(*) filter (where type <> 'tombstone'), count(*) filter (where type = 'tombstone') from {schema}.mt_events", connection);
        await using var row = await command.ExecuteReaderAsync();
        await row.ReadAsync();
        return (row.GetInt64(0), row.GetInt64(1));
    }

    // Each party drops its connection now and then (it comes back by itself); agents stay ready; B restarts half-way.
    private static async Task DropAndRestartAsync(SoakNodes nodes, SoakPlan plan, IReadOnlyList<SoakParty> parties, IReadOnlyList<SoakAgent> agents, Stopwatch clock, CancellationToken stop)
    {
        var restarted = false;
        var chance = plan.DropsPerPartyPerMinute / 60;
        var tick = 0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stop);
                foreach (var party in parties.Where(_ => Random.Shared.NextDouble() < chance))
                {
                    _ = party.DropAsync();
                }

                if (++tick % 10 == 0)
                {
                    await Task.WhenAll(agents.Select(a => a.KeepReadyAsync()));
                }

                if (!restarted && clock.Elapsed > plan.Length / 2)
                {
                    restarted = true;
                    Console.WriteLine($"  {clock.Elapsed:mm\\:ss} restarting node B");
                    await nodes.RestartBAsync();
                    Console.WriteLine($"  {clock.Elapsed:mm\\:ss} node B is back");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The customers are done.
        }
    }

    private sealed record Sample(TimeSpan At, int Node, int Start, MemoryReading Reading);

    private static async Task<List<Sample>> SampleMemoryAsync(SoakNodes nodes, SoakPlan plan, Stopwatch clock, CancellationToken stop)
    {
        var samples = new List<Sample>();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(plan.MemoryEvery, stop);
                foreach (var (node, index) in nodes.Running.Select(n => (n, nodes.Addresses.ToList().IndexOf(n.Address))))
                {
                    try
                    {
                        using var reader = new ServerMemory(node);
                        samples.Add(new Sample(clock.Elapsed, index, node.ProcessId, await reader.ReadAsync()));
                    }
                    catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException)
                    {
                        // Stopping or starting.
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        return samples;
    }

    private static SoakFigures Figures(SoakPlan plan, SoakVerdict verdict, SoakLedger ledger, List<Sample> samples)
    {
        static double Mb(long bytes) => bytes / 1024.0 / 1024.0;
        // After warm-up: A from a fifth of the run on; B from its second life's second sample on.
        var a = samples.Where(s => s.Node == 0 && s.At >= plan.Length / 5).ToList();
        var lastB = samples.LastOrDefault(s => s.Node == 1);
        var b = samples.Where(s => s.Node == 1 && lastB is not null && s.Start == lastB.Start).Skip(1).ToList();
        double First(List<Sample> s, Func<MemoryReading, long> f) => s.Count == 0 ? double.NaN : Mb(f(s[0].Reading));
        double Last(List<Sample> s, Func<MemoryReading, long> f) => s.Count == 0 ? double.NaN : Mb(f(s[^1].Reading));
        return new SoakFigures("two nodes + Redis, B restarted half-way", plan, verdict, ledger.NeverAnsweredCount, ledger.Reconnects, ledger.GaveUpCount, ledger.Refusals.Values.Sum(),
            First(a, r => r.HeapBytes), Last(a, r => r.HeapBytes), First(a, r => r.ResidentBytes), Last(a, r => r.ResidentBytes),
            First(b, r => r.HeapBytes), Last(b, r => r.HeapBytes));
    }
}
