using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Benchmarks.Load;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;

namespace ContactCenter.Benchmarks.Desk;

/// <summary>
/// What a signed-in agent's desk costs the server, measured as a user runs it: the published server
/// in Release and Production, N distinct agents each signed in through the login form of a real
/// Chromium page that waits for <c>data-desk-connected="true"</c>, then a full collection and the
/// live managed heap, with the resident set beside it. In the same run and against the same server,
/// before any desk opened: N empty one-counter circuits, the floor every Blazor page pays.
/// </summary>
public static class DeskMemory
{
    private const string Password = "LoadTest!2026";

    // JIT, pools and the first circuit's caches are paid once per process: these pages open before the baseline.
    private const int WarmUpPages = 3;

    /// <summary>Measures <paramref name="desks"/> desks; with <paramref name="hold"/>, keeps them open afterwards for a heap dump by type.</summary>
    public static async Task<IReadOnlyList<DeskFigures>> RunAsync(int desks, bool hold = false)
    {
        Console.WriteLine($"Desk memory in Chromium: {desks} desks, {Environment.ProcessorCount} cores");
        await using var server = await ServerProcess.StartProductAsync(new Dictionary<string, string>
        {
            ["ContactCenter:Benchmark:Diagnostics"] = "true",
            ["ContactCenter:Limits:StaffWritesPerMinute"] = "1000000",
        });
        var agents = await CreateAgentsAsync(server.Address, desks + WarmUpPages);
        using var memory = new ServerMemory(server);
        await using var pages = await DeskPages.LaunchAsync();

        await pages.OpenEmptyCircuitsAsync(server.Address, WarmUpPages);
        foreach (var agent in agents.Take(WarmUpPages))
        {
            await pages.OpenDeskAsync(server.Address, agent, Password);
        }

        var before = await memory.ReadAsync();
        await pages.OpenEmptyCircuitsAsync(server.Address, desks);
        var empty = await memory.ReadAsync();
        foreach (var agent in agents.Skip(WarmUpPages))
        {
            await pages.OpenDeskAsync(server.Address, agent, Password);
        }

        var open = await memory.ReadAsync();
        if (hold)
        {
            Console.WriteLine($"Holding: server process {server.ProcessId} (dotnet-gcdump collect -p {server.ProcessId}); press Enter to stop.");
            await Console.In.ReadLineAsync();
        }

        return
        [
            new DeskFigures("server before the pages", 0, Mb(before.HeapBytes), Mb(before.ResidentBytes), 0, 0, 0),
            Round("empty one-counter circuit", desks, before, empty, emptyPerPage: null),
            Round("desk (signed-in agent)", desks, empty, open, emptyPerPage: (empty.HeapBytes - before.HeapBytes) / (double)desks),
        ];
    }

    private static DeskFigures Round(string name, int pages, MemoryReading from, MemoryReading to, double? emptyPerPage)
    {
        var heapPerPage = (to.HeapBytes - from.HeapBytes) / (double)pages;
        return new DeskFigures(name, pages, Mb(to.HeapBytes), Mb(to.ResidentBytes), heapPerPage / 1024,
            (to.ResidentBytes - from.ResidentBytes) / (double)pages / 1024, emptyPerPage is { } floor ? heapPerPage / floor : 1);
    }

    private static double Mb(long bytes) => bytes / 1024.0 / 1024.0;

    private static async Task<List<string>> CreateAgentsAsync(Uri server, int count)
    {
        using var anonymous = new HttpClient { BaseAddress = server };
        using var token = await anonymous.PostAsJsonAsync(ApiRoutes.Token, new SignInRequest("ada.admin", "Demo!2026"));
        token.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await token.Content.ReadAsStringAsync());
        using var admin = new HttpClient { BaseAddress = server };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
        var names = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            var userName = $"desk.agent{i}";
            using var created = await admin.PostAsJsonAsync(ApiRoutes.Users, new CreateUserRequest(userName, $"Desk Agent {i}", $"desk{i}@demo.local", Password, ["agent"], ["support"]));
            created.EnsureSuccessStatusCode();
            names.Add(userName);
        }

        return names;
    }
}

/// <summary>One line of the report: heap and resident set after the round, and what each page of it added.</summary>
public sealed record DeskFigures(string Round, int Pages, double HeapMb, double ResidentMb, double HeapKbPerPage, double ResidentKbPerPage, double RatioToEmpty);
