using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Testing;

namespace ContactCenter.Server.Tests.Analytics;

/// <summary>Agents made for one test: the seeded ones carry demo conversations that would blur exact figures.</summary>
internal static class FreshAgents
{
    public const string Password = "Metrics!2026";

    /// <summary>Creates an agent of the "support" queue through the admin API and returns a token for them.</summary>
    public static async Task<string> CreateAsync(ServerHost host, string userName)
    {
        using var admin = await host.SignedInAsync("ada.admin");
        using var created = await admin.PostAsJsonAsync(ApiRoutes.Users,
            new CreateUserRequest(userName, userName, $"{userName}@demo.local", Password, ["agent"], ["support"]));
        created.EnsureSuccessStatusCode();
        return await host.TokenAsync(userName, Password);
    }
}
