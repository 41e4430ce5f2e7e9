using ContactCenter.Server.Persistence;
using ContactCenter.Testing;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ContactCenter.Server.Tests.Routing;

/// <summary>The lease rules in the real database, judged by its clock: who may take, renew and free it, and with which epoch.</summary>
public sealed class RouterLeaseTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_held_lease_is_refused_to_others_an_expired_one_is_taken_with_a_larger_epoch_and_the_old_holder_cannot_renew()
    {
        // Tried: node-a takes the lease, node-b asks while it holds; then node-a's lease is one that has
        // already expired (a zero lease stands for "not renewed in time"), node-b asks again, node-a renews.
        await using var host = await ServerHost.StartAsync(s => s["ContactCenter:Routing:Enabled"] = "false");
        var (data, schema) = (host.GetRequiredService<NpgsqlDataSource>(), host.GetRequiredService<DatabaseConnection>().Schema);

        var first = await RouterLease.TryTakeAsync(data, schema, "node-a", epochFloor: 0, Long, CancellationToken.None);
        Assert.Equal(1, first);
        Assert.Null(await RouterLease.TryTakeAsync(data, schema, "node-b", 0, Long, CancellationToken.None));
        Assert.True(await RouterLease.RenewAsync(data, schema, "node-a", 1, Long, CancellationToken.None));

        Assert.Equal(2, await RouterLease.TryTakeAsync(data, schema, "node-a", 0, TimeSpan.Zero, CancellationToken.None));
        var takenOver = await RouterLease.TryTakeAsync(data, schema, "node-b", 0, Long, CancellationToken.None);

        Assert.Equal(3, takenOver);
        Assert.False(await RouterLease.RenewAsync(data, schema, "node-a", 2, Long, CancellationToken.None));
        Assert.Null(await RouterLease.TryTakeAsync(data, schema, "node-a", 0, Long, CancellationToken.None));
    }

    [Fact]
    public async Task Epochs_start_above_the_floor_of_earlier_elections_and_a_freed_lease_is_taken_at_once()
    {
        // Tried: the first take after an upgrade, with conversations that have seen epoch 41 from the
        // advisory-lock router; then the holder frees the lease on a graceful stop and another node asks.
        await using var host = await ServerHost.StartAsync(s => s["ContactCenter:Routing:Enabled"] = "false");
        var (data, schema) = (host.GetRequiredService<NpgsqlDataSource>(), host.GetRequiredService<DatabaseConnection>().Schema);

        Assert.Equal(42, await RouterLease.TryTakeAsync(data, schema, "node-a", epochFloor: 41, Long, CancellationToken.None));
        await RouterLease.ReleaseAsync(data, schema, "node-a", 42, CancellationToken.None);

        Assert.Equal(43, await RouterLease.TryTakeAsync(data, schema, "node-b", epochFloor: 41, Long, CancellationToken.None));
    }

    [Theory]
    [InlineData("ContactCenter:Routing:RenewEvery", "00:00:03", "RenewEvery")]
    [InlineData("ContactCenter:Routing:Lease", "00:00:00", "RenewEvery")]
    [InlineData("ContactCenter:Drain:Timeout", "00:00:00", "Drain:Timeout")]
    public async Task A_lease_renewed_less_than_twice_per_term_or_a_drain_without_time_stops_the_start(string key, string value, string named)
    {
        // Tried: a renewal every 3 s of a 5 s lease (one lost renewal would lose leadership), a zero
        // lease, and a drain of no time at all: each is a setting mistake, refused at start with its name.
        var settings = await ServerHost.DefaultSettingsAsync();
        settings[key] = value;

        // The drain's setting is read while the host is built (it sets the host's shutdown timeout), the router's at start.
        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var app = await ServerHost.BuildAsync(settings);
            await app.StartAsync();
        });

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
