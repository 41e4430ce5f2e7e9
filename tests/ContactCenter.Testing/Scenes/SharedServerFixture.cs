using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using System.Net.Http.Json;
using ContactCenter.Domain.Queues;
using Marten;
using Xunit;

namespace ContactCenter.Testing.Scenes;

/// <summary>
/// One seeded server shared by the tests of a collection (xunit runs a collection's tests one at a
/// time, and collections side by side, each with its own fixture and so its own host). A test takes
/// a <see cref="Scene"/> of its own and works only in it, so no test sees another's data.
/// </summary>
public class SharedServerFixture : IAsyncLifetime
{

    private SeededWorld _seeded = new([], []);

    public ServerHost Host { get; private set; } = null!;

    /// <summary>The clock the host runs on: the real one unless a subclass gives a <see cref="TestClock"/>.</summary>
    protected virtual TimeProvider? Clock => null;

    /// <summary>A fresh scene: its own copies of the seeded queues, and of the seeded staff on first use.</summary>
    public Task<Scene> NewSceneAsync() => Scene.CreateAsync(Host, _seeded);

    public async Task InitializeAsync()
    {
        Host = await ServerHost.StartAsync(settings =>
        {
            // Every test of the collection starts chats and writes as staff from the same loopback
            // address: per-address limits would be the whole collection's, and one test's failed sign-ins another's refusal.
            // The limits themselves are tested on hosts of their own (Hardening/).
            settings["ContactCenter:Limits:ChatStartsPerMinute"] = "100000";
            settings["ContactCenter:Limits:StaffWritesPerMinute"] = "100000";
            settings["ContactCenter:Limits:FailedSignInsPerMinute"] = "100000";
            Configure(settings);
        }, Clock);
        using var owner = await Host.SignedInAsync(Scene.Creator);
        _seeded = new(
            (await owner.GetFromJsonAsync<UserDto[]>(ApiRoutes.Users))!,
            await QueuesAsync());
    }

    private async Task<IReadOnlyList<Queue>> QueuesAsync()
    {
        await using var session = Host.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Query<Queue>().ToListAsync();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Settings the collection's host needs besides the defaults (ones no test may change for itself).</summary>
    protected virtual void Configure(IDictionary<string, string?> settings)
    {
    }
}

/// <summary>The seeded staff and queues, read once before any scene copies them.</summary>
internal sealed record SeededWorld(IReadOnlyList<UserDto> Users, IReadOnlyList<Queue> Queues);
