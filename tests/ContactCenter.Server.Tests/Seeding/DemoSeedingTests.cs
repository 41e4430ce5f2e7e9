using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Customers;
using ContactCenter.Domain.Queues;
using ContactCenter.Server.Hosting.Seeding;
using ContactCenter.Testing;
using Marten;
using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Server.Tests.Seeding;

[Collection(SeededServerCollection.Name)]
public sealed class DemoSeedingTests(SeededServerFixture fixture)
{
    [Fact]
    public async Task First_start_loads_users_of_every_role_queues_schema_and_customers_with_history()
    {
        var host = fixture.Host;
        await using var session = host.GetRequiredService<IDocumentStore>().QuerySession();

        var users = await session.Query<StaffUser>().ToListAsync();
        Assert.All(BuiltInRoles.Ladder, role => Assert.Contains(users, u => u.Roles.Contains(role)));
        Assert.Contains(await session.Query<Queue>().ToListAsync(), q => q.Id == "sales");
        var schema = await session.LoadAsync<CustomerSchema>(CustomerSchema.SingletonId);
        Assert.Contains(schema!.CustomFields, f => f.IsPii);

        var maria = await session.Query<Customer>().SingleAsync(c => c.Name == "Maria Garcia");
        var history = await session.Query<ConversationHistory>().Where(h => h.CustomerId == maria.Id).OrderBy(h => h.StartedAt).ToListAsync();
        Assert.Equal(2, history.Count);
        Assert.All(history, h => Assert.Equal(ConversationStatus.Resolved, h.Status));
        Assert.Equal([5, 4], history.Select(h => h.Rating ?? 0));
        Assert.Equal("Alex Agent", history[0].AgentName);
        Assert.Equal(4, history[0].MessageCount);
    }

    [Fact]
    public async Task Seeded_passwords_are_stored_hashed_and_verify()
    {
        var host = fixture.Host;
        await using var session = host.GetRequiredService<IDocumentStore>().QuerySession();
        var agent = await session.Query<StaffUser>().SingleAsync(u => u.UserName == "alex.agent");

        Assert.DoesNotContain("Demo!2026", agent.PasswordHash, StringComparison.Ordinal);
        var hasher = new PasswordHasher<StaffUser>();
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(agent, agent.PasswordHash, "Demo!2026"));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(agent, agent.PasswordHash, "demo!2026"));
    }

    [Fact]
    public async Task Seeding_twice_yields_the_same_data()
    {
        await using var host = await ServerHost.StartAsync();
        var store = host.GetRequiredService<IDocumentStore>();
        var before = await StoreSnapshot.TakeAsync(store);

        var report = await SeedAgainAsync(host);

        Assert.Equal(0, report.Loaded);
        Assert.True(report.Skipped > 0);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }

    [Fact]
    public async Task Seeding_never_overwrites_a_change_nor_restores_a_deletion()
    {
        // Tried: an admin renames a seeded queue and deletes a seeded label, then the server restarts.
        await using var host = await ServerHost.StartAsync();
        var store = host.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            var sales = await session.LoadAsync<Queue>("sales");
            session.Store(sales! with { Name = "New business" });
            session.Delete<Label>("vip");
            await session.SaveChangesAsync();
        }

        await SeedAgainAsync(host);

        await using var check = store.QuerySession();
        Assert.Equal("New business", (await check.LoadAsync<Queue>("sales"))!.Name);
        Assert.Null(await check.LoadAsync<Label>("vip"));
    }

    [Fact]
    public async Task Disabled_seeding_leaves_a_new_database_empty()
    {
        await using var host = await ServerHost.StartAsync(s => s["ContactCenter:Seeding:Enabled"] = "false");

        Assert.Empty(await host.Api.GetQueuesAsync());
    }

    private static async Task<SeedReport> SeedAgainAsync(ServerHost host)
    {
        var data = await SeedFiles.LoadAsync(Path.Combine(AppContext.BaseDirectory, "seeds"), CancellationToken.None);
        return await host.GetRequiredService<DemoSeeder>().SeedAsync(data, CancellationToken.None);
    }
}
