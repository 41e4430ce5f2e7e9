using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Desk;

/// <summary>
/// One seeded server shared by the desk tests of a collection. Each test makes its own chats and
/// customers (names carry a fresh tag), and none makes an agent ready, so no offer takes a chat
/// another test means to take.
/// </summary>
public sealed class DeskServerFixture : IAsyncLifetime
{
    public ServerHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await ServerHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class DeskServerCollection : ICollectionFixture<DeskServerFixture>
{
    public const string Name = "desk server";
}

/// <summary>The seeded people the desk tests meet, and short ways to reach the hubs as them.</summary>
internal static class DeskPeople
{
    public static readonly Guid AlexId = new("0193a000-0000-7000-8000-000000000001");
    public static readonly Guid JamieId = new("0193a000-0000-7000-8000-000000000002");
    public static readonly Guid Amara = new("0193b000-0000-7000-8000-000000000003");
    public static readonly Guid AmarasOpenSupportChat = new("0193c000-0000-7000-8000-000000000005");

    /// <summary>A name no other test uses, so searches and inboxes can be asserted exactly.</summary>
    public static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..8]}";

    public static async Task<HubConnection> StaffHubAsync(this ServerHost host, string userName) =>
        await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await host.TokenAsync(userName));

    /// <summary>A widget customer who gives an email address, starting a chat.</summary>
    public static async Task<CustomerSession> StartChatWithEmailAsync(this ServerHost host, string name, string email, string queueId = "support")
    {
        using var response = await host.Http.PostAsJsonAsync(ApiRoutes.WidgetChats, new StartChatRequest(name, email, queueId));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CustomerSession>())!;
    }
}
