using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Domain.Audit;
using ContactCenter.Testing;
using Marten;
using Npgsql;

namespace ContactCenter.Server.Tests.Hardening;

/// <summary>
/// Auditing must neither fail nor serialise the actions it records, and a flood of failed sign-ins
/// from one source is throttled without touching anyone else's sign-in.
/// </summary>
public sealed class AuditUnderLoadTests
{
    private static readonly string[] Staff = ["alex.agent", "jamie.agent", "sasha.senior", "sam.supervisor", "ada.admin", "olivia.owner"];

    [Fact]
    public async Task Twenty_parallel_sign_ins_all_succeed_and_are_all_audited()
    {
        // Tried: 20 sign-ins at once, each from its own address (attempts from one address take
        // turns). Before, every audit entry appended to one event stream and concurrent appends
        // failed with version conflicts: 500s.
        await using var host = await ServerHost.StartAsync();
        var clients = Enumerable.Range(0, 20).Select(i => OtherSource.Client(host, 10 + i)).ToList();

        var answers = await Task.WhenAll(clients.Select((client, i) => OtherSource.SignInAsync(client, Staff[i % Staff.Length], StaffLogins.DemoPassword)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        using var admin = await host.SignedInAsync("ada.admin");
        var log = (await admin.GetFromJsonAsync<AuditEntryDto[]>($"{ApiRoutes.Audit}?action={AuditActions.SignInSucceeded}&limit=500"))!;
        Assert.Equal(21, log.Length);
        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task A_flood_of_failed_sign_ins_from_one_address_gets_429s_and_staff_signing_in_meanwhile_are_not_harmed()
    {
        // Tried: 60 failed sign-ins at once from 127.0.0.2 while staff sign in from 127.0.0.1.
        await using var host = await ServerHost.StartAsync(s => s["ContactCenter:Limits:FailedSignInsPerMinute"] = "10");
        using var attacker = OtherSource.Client(host);

        var flood = Task.WhenAll(Enumerable.Range(0, 60).Select(i => OtherSource.SignInAsync(attacker, i % 2 == 0 ? $"ghost{i}" : "alex.agent", $"guess-{i}")));
        // The bystanders are the other staff: the guessed account may lock itself, which is its own protection.
        var bystanders = Staff.Where(u => u != "alex.agent").ToArray();
        var staff = Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            host.Http.PostAsJsonAsync(ApiRoutes.Token, new SignInRequest(bystanders[i % bystanders.Length], StaffLogins.DemoPassword))));
        var (flooded, signedIn) = (await flood, await staff);

        Assert.All(signedIn, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.All(flooded, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests }));
        var throttled = flooded.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(throttled);
        // Each attempt takes its place before the hash: exactly the budget gets an answer, even in a burst.
        Assert.Equal(10, flooded.Count(a => a.StatusCode == HttpStatusCode.Unauthorized));
        Assert.All(throttled, a => Assert.True(a.Headers.RetryAfter?.Delta > TimeSpan.Zero));
        Assert.Contains("rate-limited", await throttled[0].Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The right password from the flooded address waits its turn too: the throttle is per address.
        using var fromFlooded = await OtherSource.SignInAsync(attacker, "sasha.senior", StaffLogins.DemoPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, fromFlooded.StatusCode);
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_an_audit_entry_even_through_the_stores_own_connection()
    {
        // Tried: UPDATE, DELETE and TRUNCATE on the audit table with the server's own connection.
        await using var host = await ServerHost.StartAsync();
        await host.TokenAsync("ada.admin");
        var table = $"{host.GetRequiredService<IDocumentStore>().Options.DatabaseSchemaName}.mt_doc_auditentry";
        var database = host.GetRequiredService<NpgsqlDataSource>();
        var before = await CountAsync(database, table);

        var update = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(database, $"UPDATE {table} SET data = jsonb_set(data, '{{details}}', '\"rewritten\"')"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(database, $"DELETE FROM {table}"));
        var truncate = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(database, $"TRUNCATE {table}"));

        Assert.True(before > 0);
        Assert.All(new[] { update, delete, truncate }, e => Assert.Contains("append-only", e.MessageText, StringComparison.Ordinal));
        Assert.Equal(before, await CountAsync(database, table));
    }

    private static async Task ExecuteAsync(NpgsqlDataSource database, string sql)
    {
        await using var command = database.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(NpgsqlDataSource database, string table)
    {
        await using var command = database.CreateCommand($"SELECT count(*) FROM {table}");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
