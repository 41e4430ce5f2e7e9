using System.Net.Http.Headers;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Testing;

/// <summary>Signs in seeded staff through the real token endpoint, for API calls and hub connections.</summary>
public static class StaffLogins
{
    public const string DemoPassword = "Demo!2026";

    /// <summary>One seeded user per built-in role.</summary>
    public static readonly IReadOnlyDictionary<string, string> UserOfRole = new Dictionary<string, string>
    {
        ["agent"] = "alex.agent",
        ["senior-agent"] = "sasha.senior",
        ["supervisor"] = "sam.supervisor",
        ["admin"] = "ada.admin",
        ["owner"] = "olivia.owner",
    };

    public static async Task<string> TokenAsync(this ServerHost host, string userName, string password = DemoPassword)
    {
        using var response = await host.Http.PostAsJsonAsync(ApiRoutes.Token, new SignInRequest(userName, password));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
    }

    /// <summary>An HTTP client that calls the API as <paramref name="userName"/>.</summary>
    public static async Task<HttpClient> SignedInAsync(this ServerHost host, string userName, string password = DemoPassword)
    {
        var token = await host.TokenAsync(userName, password);
        var client = new HttpClient { BaseAddress = host.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A real SignalR client on the staff hub over WebSockets, started.</summary>
    public static Task<HubConnection> AgentHubAsync(this ServerHost host, string token) =>
        ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, token);
}
