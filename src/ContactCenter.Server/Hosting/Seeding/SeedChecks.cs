using ContactCenter.Domain.Access;

namespace ContactCenter.Server.Hosting.Seeding;

/// <summary>Each document's own rules plus the references between seed files.</summary>
internal static class SeedChecks
{
    public static IEnumerable<string> Problems(SeedData d)
    {
        var channels = d.Channels.Select(c => c.Id).ToHashSet();
        var queues = d.Queues.Select(q => q.Id).ToHashSet();
        var users = d.Users.Select(u => u.UserName).ToHashSet();

        var own = d.Channels.SelectMany(c => c.Validate().Messages)
            .Concat(d.Queues.SelectMany(q => q.Validate().Messages))
            .Concat(d.ReasonCodes.SelectMany(r => r.Validate().Messages))
            .Concat(d.Labels.SelectMany(l => l.Validate().Messages))
            .Concat(d.CannedResponses.SelectMany(c => c.Validate().Messages))
            .Concat(d.CustomerSchema.Validate().Messages);

        var references =
            d.Queues.Where(q => !channels.Contains(q.ChannelId)).Select(q => $"queues.json: queue '{q.Id}' names unknown channel '{q.ChannelId}'.")
            .Concat(d.Queues.Where(q => q.OverflowQueueId is { } o && !queues.Contains(o)).Select(q => $"queues.json: queue '{q.Id}' overflows into unknown queue '{q.OverflowQueueId}'."))
            .Concat(d.Users.SelectMany(u => u.Roles.Where(r => !BuiltInRoles.IsBuiltIn(r)).Select(r => $"users.json: '{u.UserName}' has unknown role '{r}'.")))
            .Concat(d.Users.SelectMany(u => u.QueueIds.Where(q => !queues.Contains(q)).Select(q => $"users.json: '{u.UserName}' names unknown queue '{q}'.")))
            .Concat(d.Users.Where(u => u.Password.Length < 8).Select(u => $"users.json: '{u.UserName}' needs a password of at least 8 characters."))
            .Concat(Duplicates(d.Users.Select(u => u.UserName), "users.json: user name"))
            .Concat(Duplicates(d.CannedResponses.Select(c => c.Shortcut), "canned-responses.json: shortcut"));

        var customers = d.Customers.SelectMany(c => CustomerProblems(c, d, queues, users));

        return own.Concat(references).Concat(customers);
    }

    private static IEnumerable<string> CustomerProblems(CustomerSeed c, SeedData d, HashSet<string> queues, HashSet<string> users)
    {
        foreach (var message in d.CustomerSchema.Validate().IsValid ? ToCustomer(c, DateTimeOffset.UnixEpoch).Validate(d.CustomerSchema).Messages : [])
        {
            yield return $"customers.json: {message}";
        }

        if (c.CreatedDaysAgo < 0) yield return $"customers.json: '{c.Name}' has a negative createdDaysAgo.";
        foreach (var conversation in c.Conversations)
        {
            var where = $"customers.json: conversation {conversation.Id} of '{c.Name}'";
            if (!queues.Contains(conversation.QueueId)) yield return $"{where} names unknown queue '{conversation.QueueId}'.";
            if (!users.Contains(conversation.Agent)) yield return $"{where} names unknown agent '{conversation.Agent}'.";
            if (conversation.StartedDaysAgo < 0) yield return $"{where} has a negative startedDaysAgo.";
            if (conversation.Messages.Length == 0) yield return $"{where} has no messages.";
            if (conversation.Messages.Any(m => m.From is not ("customer" or "agent"))) yield return $"{where} has a message not 'from' customer or agent.";
            if (conversation.Rating is < 1 or > 5) yield return $"{where} has a rating outside 1 to 5.";
            if (conversation.Rating is not null && !conversation.Resolved) yield return $"{where} is rated but not resolved.";
        }
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string> values, string what) =>
        values.GroupBy(v => v, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => $"{what} '{g.Key}' appears more than once.");

    internal static Domain.Customers.Customer ToCustomer(CustomerSeed c, DateTimeOffset now) => new()
    {
        Id = c.Id,
        Name = c.Name,
        Email = c.Email,
        Phone = c.Phone,
        Fields = c.Fields,
        CreatedAt = now - TimeSpan.FromDays(c.CreatedDaysAgo),
    };
}
