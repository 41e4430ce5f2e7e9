using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Customers;
using ContactCenter.Testing;
using Marten;
using Npgsql;

namespace ContactCenter.Server.Tests.Hardening;

public sealed class DirectorySearchTests
{
    [Fact]
    public async Task Search_matches_orders_and_cuts_the_page_in_the_database_and_loads_no_other_profile()
    {
        // Tried: 55 profiles that match a search and more that do not, with two made unreadable on
        // purpose: one that does not match, and one that matches but sorts after the 50-row page.
        // Before, every search loaded the whole directory, so either unreadable row broke every
        // search (500); now the database filters, orders and limits, and only the page is read.
        await using var host = await ServerHost.StartAsync();
        var store = host.GetRequiredService<IDocumentStore>();
        var now = DateTimeOffset.UtcNow;
        await using (var session = store.LightweightSession())
        {
            for (var i = 1; i <= 55; i++)
            {
                session.Store(new Customer { Id = Guid.CreateVersion7(), Name = $"Paging Person {i:00}", CreatedAt = now });
            }

            session.Store(new Customer { Id = Unreadable(1), Name = "Paging Person 99", CreatedAt = now });
            session.Store(new Customer { Id = Unreadable(2), Name = "Somebody Else", CreatedAt = now });
            await session.SaveChangesAsync();
        }

        await BreakAsync(host, store);
        using var senior = await host.SignedInAsync("sasha.senior");

        using var page = await senior.GetAsync(new Uri($"{ApiRoutes.Customers}?search=paging person", UriKind.Relative));
        using var byEmail = await senior.GetAsync(new Uri($"{ApiRoutes.Customers}?search=maria.garcia@example", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var names = (await page.Content.ReadFromJsonAsync<CustomerDto[]>())!.Select(c => c.Name).ToList();
        Assert.Equal(Enumerable.Range(1, 50).Select(i => $"Paging Person {i:00}"), names);
        Assert.Equal(HttpStatusCode.OK, byEmail.StatusCode);
        Assert.Equal("maria.garcia@example.com", Assert.Single((await byEmail.Content.ReadFromJsonAsync<CustomerDto[]>())!).Email);
    }

    private static Guid Unreadable(int n) => new($"0193ffff-0000-7000-8000-{n:000000000000}");

    // A stored profile whose fields are not an object cannot be read back: loading it throws.
    private static async Task BreakAsync(ServerHost host, IDocumentStore store)
    {
        var table = $"{store.Options.DatabaseSchemaName}.mt_doc_customer";
        await using var command = host.GetRequiredService<NpgsqlDataSource>().CreateCommand(
            $$"""UPDATE {{table}} SET data = data || '{"Fields": 5, "fields": 5}'::jsonb WHERE id = ANY($1)""");
        command.Parameters.Add(new NpgsqlParameter { Value = new[] { Unreadable(1), Unreadable(2) } });
        Assert.Equal(2, await command.ExecuteNonQueryAsync());
    }
}
