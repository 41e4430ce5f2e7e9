using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Domain.Queues;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Access;

/// <summary>
/// The permission matrix (docs/domain.md) walked through the real server, for every built-in role, over
/// REST and the staff hub. Each row names the capability as the matrix does; its entry is the
/// endpoint or hub method that exposes it today. Rows whose features are not built yet (transfer,
/// conference, wallboard, ...) join this table with their feature; the domain test covers all rows.
/// </summary>
[Collection(SeededServerCollection.Name)]
public sealed class PermissionMatrixTests(SeededServerFixture fixture)
{
    private static readonly string[] All = ["agent", "senior-agent", "supervisor", "admin", "owner"];
    private static readonly string[] SeniorAndUp = ["senior-agent", "supervisor", "admin", "owner"];
    private static readonly string[] SupervisorAndUp = ["supervisor", "admin", "owner"];
    private static readonly string[] AdminAndUp = ["admin", "owner"];

    private static readonly Guid Maria = new("0193b000-0000-7000-8000-000000000001");

    private static readonly Dictionary<string, (string[] Allowed, Func<Call, Task<bool>> Try)> Rows = new()
    {
        ["create a customer profile from scratch"] = (SeniorAndUp, c => c.HttpAsync(h => h.PostAsJsonAsync(ApiRoutes.Customers, new { name = $"Matrix {c.Role}" }))),
        ["view customer profile outside an active conversation"] = (SeniorAndUp, c => c.HttpAsync(h => h.GetAsync($"{ApiRoutes.Customers}/{Maria}"))),
        ["customer list (directory)"] = (All, c => c.HttpAsync(h => h.GetAsync(ApiRoutes.Customers))),
        ["view a customer's conversation history"] = (All, c => c.HttpAsync(h => h.GetAsync($"{ApiRoutes.Customers}/{Maria}/conversations"))),
        ["labels: create"] = (All, c => c.HttpAsync(h => h.PostAsJsonAsync(ApiRoutes.Labels, new { id = $"made-by-{c.Role}", name = "Made", color = "#123456" }))),
        ["labels: view"] = (All, c => c.HttpAsync(h => h.GetAsync(ApiRoutes.Labels))),
        ["labels: edit from the label list"] = (SupervisorAndUp, c => c.HttpAsync(h => h.PutAsJsonAsync($"{ApiRoutes.Labels}/bug", new { id = "bug", name = "Bug", color = "#e53935" }))),
        ["labels: delete from the label list"] = (SupervisorAndUp, async c =>
        {
            using var admin = await c.Host.SignedInAsync("ada.admin");
            (await admin.PostAsJsonAsync(ApiRoutes.Labels, new { id = $"doomed-{c.Role}", name = "Doomed", color = "#000000" })).EnsureSuccessStatusCode();
            return await c.HttpAsync(h => h.DeleteAsync($"{ApiRoutes.Labels}/doomed-{c.Role}"));
        }
        ),
        ["settings: view (queues)"] = (SupervisorAndUp, c => c.HttpAsync(h => h.GetAsync("/api/settings/queues"))),
        ["settings: view (users)"] = (SupervisorAndUp, c => c.HttpAsync(h => h.GetAsync(ApiRoutes.Users))),
        ["settings: view (roles and permission catalog)"] = (SupervisorAndUp, c => c.HttpAsync(h => h.GetAsync(ApiRoutes.Permissions))),
        ["settings: change (queues)"] = (AdminAndUp, c => c.HttpAsync(h => h.PutAsJsonAsync("/api/settings/queues/sales", SeededSales))),
        ["settings: change (users)"] = (AdminAndUp, c => c.HttpAsync(h => h.PostAsJsonAsync(ApiRoutes.Users,
            new CreateUserRequest($"new.{c.Role}", "New Person", "new@demo.local", "Welcome!2026", ["agent"], ["sales"])))),
        ["settings: change (roles)"] = (AdminAndUp, c => c.HttpAsync(h => h.PostAsJsonAsync(ApiRoutes.Roles,
            new RoleRequest($"made-by-{c.Role}", "Made", "", ["labels.use"])))),
        ["audit log"] = (AdminAndUp, c => c.HttpAsync(h => h.GetAsync(ApiRoutes.Audit))),
        ["hub: view customer profile outside an active conversation"] = (SeniorAndUp, c => c.HubAsync(h => h.InvokeAsync<object>("GetCustomer", Maria))),
        ["hub: own permissions"] = (All, c => c.HubAsync(h => h.InvokeAsync<MyAccess>("GetMyAccess"))),
        ["personal analytics"] = (All, c => c.HttpAsync(h => h.GetAsync($"{ApiRoutes.MyAnalytics}?period=today"))),
        ["hub: personal analytics"] = (All, c => c.HubAsync(h => h.InvokeAsync<object>("GetMyAnalytics", "7d"))),
        ["link a conversation to another customer profile"] = (SeniorAndUp, async c =>
        {
            var (chat, otherCustomer) = await TwoWidgetChatsAsync(c);
            return await c.HttpAsync(h => h.PostAsJsonAsync($"{ApiRoutes.Conversations}/{chat}/customer", new { customerId = otherCustomer }));
        }
        ),
        ["hub: link a conversation to another customer profile"] = (SeniorAndUp, async c =>
        {
            var (chat, otherCustomer) = await TwoWidgetChatsAsync(c);
            return await c.HubAsync(h => h.InvokeAsync<object>("LinkCustomer", chat, otherCustomer));
        }
        ),
    };

    // A fresh chat and another fresh customer for each attempt, so linking changes no seeded history.
    private static async Task<(Guid Chat, Guid OtherCustomer)> TwoWidgetChatsAsync(Call c)
    {
        var chat = await c.Host.StartChatAsync($"Matrix link {c.Role}");
        var other = await c.Host.StartChatAsync($"Matrix profile {c.Role}");
        return (chat.ConversationId!.Value, other.CustomerId);
    }

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Rows.Keys)
        {
            foreach (var role in All)
            {
                data.Add(row, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_is_allowed_or_refused_as_the_matrix_says(string row, string role)
    {
        var (allowed, attempt) = Rows[row];
        var call = new Call(fixture.Host, role, await fixture.Host.TokenAsync(StaffLogins.UserOfRole[role]));

        var succeeded = await attempt(call);

        Assert.True(allowed.Contains(role) == succeeded,
            $"{role} on '{row}': expected {(allowed.Contains(role) ? "allowed" : "refused")}, was {(succeeded ? "allowed" : "refused")} ({call.Outcome}).");
    }

    private static readonly Queue SeededSales = new()
    {
        Id = "sales",
        Name = "Sales",
        Description = "Plans, prices and buying",
        ChannelId = "web-chat",
        Policy = RoutingPolicy.LongestIdle,
        ServiceLevelThreshold = TimeSpan.FromSeconds(30),
        OfferTimeout = TimeSpan.FromSeconds(20),
    };

    /// <summary>One attempt as one role. Allowed means success; refused must be an explicit refusal, not any error.</summary>
    private sealed class Call(ServerHost host, string role, string token)
    {
        public ServerHost Host => host;
        public string Role => role;
        public string Outcome { get; private set; } = "";

        public async Task<bool> HttpAsync(Func<HttpClient, Task<HttpResponseMessage>> send)
        {
            using var client = new HttpClient { BaseAddress = host.Address };
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
            using var response = await send(client);
            Outcome = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Forbidden, $"Neither allowed nor refused: {Outcome}");
            return response.IsSuccessStatusCode;
        }

        public async Task<bool> HubAsync(Func<HubConnection, Task> invoke)
        {
            await using var connection = await host.AgentHubAsync(token);
            try
            {
                await invoke(connection);
                Outcome = "hub call succeeded";
                return true;
            }
            catch (HubException e)
            {
                Outcome = e.Message;
                Assert.Matches("permission-denied|customer-not-in-conversation", e.Message);
                return false;
            }
        }
    }
}
