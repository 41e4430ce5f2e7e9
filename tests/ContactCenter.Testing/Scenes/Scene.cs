using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using Marten;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Testing.Scenes;

/// <summary>
/// A test's own corner of a shared server: copies of the seeded queues under ids ending in the
/// scene's tag, and copies of the seeded staff (same display names and roles, user names ending in
/// the tag) who are members of this scene's queues only. The router offers a scene's chats to the
/// scene's agents and nobody else's, so tests on one host cannot take each other's chats.
/// </summary>
public sealed class Scene
{
    /// <summary>Who creates a scene's staff: an owner, the one role that may give every role (owner powers too).</summary>
    public const string Creator = "olivia.owner";

    private readonly SeededWorld _seeded;
    private readonly Dictionary<string, Task<UserDto>> _staff = new(StringComparer.Ordinal);

    private Scene(ServerHost host, string tag, SeededWorld seeded)
    {
        Host = host;
        Tag = tag;
        _seeded = seeded;
    }

    public ServerHost Host { get; }

    /// <summary>Eight hex digits no other scene has.</summary>
    public string Tag { get; }

    /// <summary>This scene's copy of a seeded queue ("support" becomes "support-1a2b3c4d").</summary>
    public string QueueId(string seededQueueId = "support") => $"{seededQueueId}-{Tag}";

    /// <summary>A name no other test uses, so searches and lists can be asserted exactly.</summary>
    public string Unique(string name) => $"{name} {Tag}";

    internal static async Task<Scene> CreateAsync(ServerHost host, SeededWorld seeded)
    {
        var scene = new Scene(host, Guid.NewGuid().ToString("N")[..8], seeded);
        // One batch through the server's own document store (the settings API's create checks and
        // audits each queue, which a scene does not need): the router, the widget and the settings
        // read them from there like any other queue.
        var store = host.GetRequiredService<IDocumentStore>();
        await using var session = store.LightweightSession();
        foreach (var queue in seeded.Queues)
        {
            session.Store(queue with
            {
                Id = scene.QueueId(queue.Id),
                OverflowQueueId = queue.OverflowQueueId is { } overflow ? scene.QueueId(overflow) : null,
                MemberTeamIds = [],
            });
        }

        await session.SaveChangesAsync();
        return scene;
    }

    /// <summary>
    /// This scene's copy of the seeded user <paramref name="seededUserName"/> (created through the
    /// users API on first use): same display name and roles, member of the copies of their queues.
    /// </summary>
    public Task<UserDto> StaffAsync(string seededUserName)
    {
        // One creation per user even when a test asks for the same person twice at once.
        lock (_staff)
        {
            if (!_staff.TryGetValue(seededUserName, out var user))
            {
                user = CreateStaffAsync(seededUserName);
                _staff[seededUserName] = user;
            }

            return user;
        }
    }

    public async Task<string> TokenAsync(string seededUserName) =>
        await Host.TokenAsync((await StaffAsync(seededUserName)).UserName);

    /// <summary>An HTTP client that calls the API as this scene's copy of <paramref name="seededUserName"/>.</summary>
    public async Task<HttpClient> SignedInAsync(string seededUserName) =>
        await Host.SignedInAsync((await StaffAsync(seededUserName)).UserName);

    /// <summary>A started staff hub connection as this scene's copy of <paramref name="seededUserName"/>.</summary>
    public async Task<HubConnection> AgentHubAsync(string seededUserName) =>
        await Host.AgentHubAsync(await TokenAsync(seededUserName));

    private async Task<UserDto> CreateStaffAsync(string seededUserName)
    {
        var seeded = _seeded.Users.SingleOrDefault(u => u.UserName == seededUserName)
            ?? throw new ArgumentException($"'{seededUserName}' is not a seeded user; see seeds/users.json.", nameof(seededUserName));
        var userName = $"{seeded.UserName}.{Tag}";
        using var admin = await Host.SignedInAsync(Creator);
        using var created = await admin.PostAsJsonAsync(ApiRoutes.Users, new CreateUserRequest(
            userName, seeded.DisplayName, $"{userName}@scene.test", StaffLogins.DemoPassword, seeded.Roles, [.. seeded.QueueIds.Select(QueueId)]));
        if (!created.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Creating {userName} failed: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        }

        return (await created.Content.ReadFromJsonAsync<UserDto>())!;
    }
}
