using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Customers;
using Marten;
using JasperFx;
using ContactCenter.Server.Persistence.EventStreams;
using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Server.Hosting.Seeding;

/// <summary>Loads seeds/ into the store in one transaction; safe to run on every start and on several nodes at once.</summary>
internal sealed partial class DemoSeeder(IDocumentStore store, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    private static readonly PasswordHasher<StaffUser> Hasher = new();

    public async Task<SeedReport> SeedAsync(SeedData data, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession();
        var marks = (await session.Query<SeedMark>().Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();
        var plan = new SeedPlan(session, marks, now);

        foreach (var c in data.Channels) await plan.DocumentAsync("channel", c.Id, () => c, cancellationToken);
        foreach (var q in data.Queues) await plan.DocumentAsync("queue", q.Id, () => q, cancellationToken);
        foreach (var r in data.ReasonCodes) await plan.DocumentAsync("reason-code", r.Id, () => r, cancellationToken);
        foreach (var l in data.Labels) await plan.DocumentAsync("label", l.Id, () => l, cancellationToken);
        foreach (var c in data.CannedResponses) await plan.DocumentAsync("canned-response", c.Id, () => c, cancellationToken);
        await plan.DocumentAsync(CustomerSchema.SingletonId, CustomerSchema.SingletonId, () => data.CustomerSchema, cancellationToken);
        foreach (var u in data.Users) await plan.DocumentAsync("user", u.Id, () => ToUser(u), cancellationToken);

        var agents = data.Users.ToDictionary(u => u.UserName);
        foreach (var c in data.Customers)
        {
            await plan.DocumentAsync("customer", c.Id, () => SeedChecks.ToCustomer(c, now), cancellationToken);
            foreach (var conversation in c.Conversations)
            {
                await plan.StreamAsync<ConversationHistory>(
                    "conversation", conversation.Id, () => ConversationEvents(c, conversation, agents[conversation.Agent], now), cancellationToken);
            }
        }

        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is DocumentAlreadyExistsException || StreamConflicts.IsConflict(e))
        {
            // Another node seeded the same items between our read and our write: they are there.
            LogLoadedElsewhere(logger);
            return new SeedReport(0, plan.Loaded + plan.Skipped);
        }

        LogSeeded(logger, plan.Loaded, plan.Skipped);
        return new SeedReport(plan.Loaded, plan.Skipped);
    }

    private static StaffUser ToUser(UserSeed u)
    {
        var user = new StaffUser
        {
            Id = u.Id,
            UserName = u.UserName,
            DisplayName = u.DisplayName,
            Email = u.Email,
            Roles = u.Roles,
            QueueIds = u.QueueIds,
            PasswordHash = "",
        };
        return user with { PasswordHash = Hasher.HashPassword(user, u.Password) };
    }

    // A past conversation, one minute between steps, ending well before now.
    private static object[] ConversationEvents(CustomerSeed customer, ConversationSeed c, UserSeed agent, DateTimeOffset now)
    {
        var at = now - TimeSpan.FromDays(c.StartedDaysAgo);
        DateTimeOffset Next() => at = at.AddMinutes(1);
        var customerAuthor = new Author(AuthorKind.Customer, customer.Id, customer.Name);
        var agentAuthor = new Author(AuthorKind.Agent, agent.Id, agent.DisplayName);

        var events = new List<object>
        {
            new ConversationStarted(c.Id, customer.Id, c.QueueId, "web-chat", at),
            new ConversationAssigned(c.Id, agent.Id, agent.DisplayName, Author.Automatic, Next()),
        };
        events.AddRange(c.Messages.Select((m, i) => new MessagePosted(
            c.Id, DeterministicId(c.Id, i), m.From == "customer" ? customerAuthor : agentAuthor, m.Text, Next())));
        if (c.Resolved) events.Add(new ConversationResolved(c.Id, agentAuthor, Next()));
        if (c.Rating is { } rating) events.Add(new ConversationRated(c.Id, rating, null, Next()));
        return [.. events];
    }

    // Seeded message ids must be the same on every machine, so they derive from the conversation id.
    private static Guid DeterministicId(Guid conversationId, int index)
    {
        Span<byte> bytes = stackalloc byte[16];
        conversationId.TryWriteBytes(bytes);
        bytes[15] ^= (byte)(index + 1);
        bytes[14] ^= 0x5a;
        return new Guid(bytes);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo seeding loaded {Loaded} items and skipped {Skipped}")]
    private static partial void LogSeeded(ILogger logger, int loaded, int skipped);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data was loaded concurrently by another node; nothing to add")]
    private static partial void LogLoadedElsewhere(ILogger logger);
}
