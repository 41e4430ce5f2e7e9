using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Benchmarks.Load;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Contracts.Conversations;

namespace ContactCenter.Benchmarks.Delivery;

/// <summary>
/// N chats, each customer sending at a fixed rate, measured from the customer's send to the push
/// of that message on its agent's socket. First the baseline (<see cref="BareServer"/>: a raw
/// insert and an echo, the least a persisted chat costs here), then the product published in
/// Release and run in Production, with the same thin clients and schedule.
/// </summary>
public static class DeliveryLoad
{
    private const int ChatsPerAgent = 10;
    internal const string AgentPassword = "LoadTest!2026";

    // Each server's first messages pay for JIT and cold pools; the measured round starts after them.
    private static TimeSpan WarmUp => TimeSpan.FromSeconds(BenchmarkRun.Smoke ? 1 : 5);

    public static async Task<IReadOnlyList<DeliveryFigures>> RunAsync(int chatCount, double ratePerChat, TimeSpan length)
    {
        Console.WriteLine($"Delivery: {chatCount} chats x {ratePerChat.ToString(CultureInfo.InvariantCulture)} msg/s for {length.TotalSeconds} s, {Environment.ProcessorCount} cores");
        var figures = new List<DeliveryFigures>();
        await using (var bare = await ServerProcess.StartBareAsync())
        {
            var chats = await BareChatsAsync(bare, chatCount);
            await DeliveryRound.RunAsync("warm-up", chats, ratePerChat, WarmUp, () => bare.CpuTime);
            figures.Add(await DeliveryRound.RunAsync("baseline (raw insert + echo)", chats, ratePerChat, length, () => bare.CpuTime));
            await DisposeAsync(chats);
        }

        await using (var product = await ServerProcess.StartProductAsync(LoadSettings))
        {
            var chats = await ProductChatsAsync(product, chatCount);
            await DeliveryRound.RunAsync("warm-up", chats, ratePerChat, WarmUp, () => product.CpuTime);
            figures.Add(await DeliveryRound.RunAsync("product", chats, ratePerChat, length, () => product.CpuTime));
            await DisposeAsync(chats);
        }

        return figures;
    }

    /// <summary>The load comes from one address and one admin: the per-address and per-person limits would measure themselves.</summary>
    public static Dictionary<string, string> LoadSettings { get; } = new()
    {
        ["ContactCenter:Routing:Enabled"] = "false",
        ["ContactCenter:Limits:ChatStartsPerMinute"] = "1000000",
        ["ContactCenter:Limits:StaffWritesPerMinute"] = "1000000",
    };

    internal static async Task<List<ChatPair>> BareChatsAsync(ServerProcess bare, int chatCount)
    {
        var agents = new List<HubSocket>();
        for (var a = 0; a < AgentsFor(chatCount); a++)
        {
            agents.Add(await HubSocket.ConnectAsync(bare.Address, $"/bare/agent/{a}", token: null));
        }

        var chats = new List<ChatPair>();
        for (var c = 0; c < chatCount; c++)
        {
            var customer = await HubSocket.ConnectAsync(bare.Address, $"/bare/customer/{c}/{c / ChatsPerAgent}", token: null);
            var chat = c;
            chats.Add(new ChatPair(customer, agents[c / ChatsPerAgent], id => [chat, id, "Hello from the load"]));
        }

        return chats;
    }

    /// <summary>Chats of the product; with <paramref name="agentNode"/>, agents sign in there and customers on <paramref name="product"/>.</summary>
    internal static async Task<List<ChatPair>> ProductChatsAsync(ServerProcess product, int chatCount, ServerProcess? agentNode = null)
    {
        // Sign-ins and widget starts go without a staff header: the widget would read it as a customer's token.
        using var anonymous = new HttpClient { BaseAddress = product.Address };
        using var http = new HttpClient { BaseAddress = product.Address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(anonymous, "ada.admin", "Demo!2026"));
        var agents = new List<HubSocket>();
        for (var a = 0; a < AgentsFor(chatCount); a++)
        {
            var userName = await CreateAgentAsync(http, $"load.agent{a}");
            agents.Add(await HubSocket.ConnectAsync((agentNode ?? product).Address, ApiRoutes.AgentHub, await TokenAsync(anonymous, userName, AgentPassword)));
        }

        var chats = new List<ChatPair>();
        for (var c = 0; c < chatCount; c++)
        {
            using var started = await anonymous.PostAsJsonAsync(ApiRoutes.WidgetChats, new StartChatRequest($"Load customer {c}", null, "support"));
            started.EnsureSuccessStatusCode();
            var session = (await started.Content.ReadFromJsonAsync<CustomerSession>())!;
            var conversationId = session.ConversationId!.Value;
            var customer = await HubSocket.ConnectAsync(product.Address, ApiRoutes.CustomerHub, session.CustomerToken);
            var agent = agents[c / ChatsPerAgent];
            await agent.InvokeAsync("Take", conversationId);
            chats.Add(new ChatPair(customer, agent, id => [conversationId, id, "Hello from the load"]));
        }

        return chats;
    }

    /// <summary>An agent of the support queue, made through the users API by an admin's <paramref name="http"/>; returns the user name.</summary>
    internal static async Task<string> CreateAgentAsync(HttpClient http, string userName)
    {
        using var created = await http.PostAsJsonAsync(ApiRoutes.Users, new CreateUserRequest(userName, $"Load Agent {userName}", $"{userName}@demo.local", AgentPassword, ["agent"], ["support"]));
        created.EnsureSuccessStatusCode();
        return userName;
    }

    private static int AgentsFor(int chatCount) => (chatCount + ChatsPerAgent - 1) / ChatsPerAgent;

    internal static async Task<string> TokenAsync(HttpClient http, string userName, string password)
    {
        using var response = await http.PostAsJsonAsync(ApiRoutes.Token, new SignInRequest(userName, password));
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("accessToken").GetString()!;
    }

    internal static async Task DisposeAsync(List<ChatPair> chats)
    {
        foreach (var socket in chats.SelectMany(c => new[] { c.Customer, c.Agent }).Distinct())
        {
            await socket.DisposeAsync();
        }
    }
}
