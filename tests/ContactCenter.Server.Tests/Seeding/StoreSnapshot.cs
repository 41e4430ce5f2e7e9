using System.Text.Json;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Customers;
using ContactCenter.Domain.Queues;
using Marten;

namespace ContactCenter.Server.Tests.Seeding;

/// <summary>Every seeded document and event of a store as text, to compare two moments exactly.</summary>
internal static class StoreSnapshot
{
    public static async Task<string> TakeAsync(IDocumentStore store)
    {
        await using var session = store.QuerySession();
        var parts = new List<object>
        {
            await session.Query<Channel>().OrderBy(x => x.Id).ToListAsync(),
            await session.Query<Queue>().OrderBy(x => x.Id).ToListAsync(),
            await session.Query<StaffUser>().OrderBy(x => x.UserName).ToListAsync(),
            await session.Query<ReasonCode>().OrderBy(x => x.Id).ToListAsync(),
            await session.Query<Label>().OrderBy(x => x.Id).ToListAsync(),
            await session.Query<CannedResponse>().OrderBy(x => x.Id).ToListAsync(),
            await session.Query<CustomerSchema>().ToListAsync(),
            await session.Query<Customer>().OrderBy(x => x.Name).ToListAsync(),
            await session.Query<ConversationHistory>().OrderBy(x => x.StartedAt).ToListAsync(),
            await session.Events.QueryAllRawEvents().OrderBy(e => e.Sequence).Select(e => e.EventTypeName).ToListAsync(),
        };
        return JsonSerializer.Serialize(parts);
    }
}
