using ContactCenter.Domain.Access;
using ContactCenter.Domain.Audit;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Teams;
using ContactCenter.Server.Features.Audit;
using ContactCenter.Server.Features.Shared;
using ContactCenter.Server.Features.Teams;
using JasperFx;
using Marten;

namespace ContactCenter.Server.Features.Queues.Settings;

/// <summary>
/// Creates or changes a queue: the one use case behind the settings API and the admin console, so
/// both are checked, audited and versioned alike. The router and the desks read queues afresh, so a
/// change applies at once; one that changes whose queues are whose renews those users' security
/// stamps, which brings their hub connections back with the new groups (docs/realtime.md).
/// </summary>
public sealed class SaveQueueSettings(IDocumentStore store)
{
    public async Task<Outcome<QueueSettingsView>> CreateAsync(QueueChange change, AccessGrant actor, AuditContext audit, CancellationToken cancellationToken = default)
    {
        await using var session = store.LightweightSession();
        var queue = Clean(change.Queue);
        if (await RefusalAsync(session, queue, change.AgentIds, actor, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (await session.LoadAsync<Queue>(queue.Id, cancellationToken) is not null)
        {
            return RuleViolation.Conflict("queue-exists", $"A queue with id '{queue.Id}' exists; choose another id.");
        }

        session.Insert(queue);
        var renewed = await ApplyMembershipAsync(session, queue, change.AgentIds ?? [], cancellationToken);
        session.Record(audit, AuditActions.SettingsChanged, $"queue:{queue.Id}", $"created {Summary(queue)} queues-changed-for={string.Join(',', renewed)}");
        await session.SaveChangesAsync(cancellationToken);
        return (await QueueSettingsReader.ReadAsync(session, queue.Id, cancellationToken))!;
    }

    public async Task<Outcome<QueueSettingsView>> ReplaceAsync(QueueChange change, AccessGrant actor, AuditContext audit, CancellationToken cancellationToken = default)
    {
        await using var session = store.LightweightSession();
        var queue = Clean(change.Queue);
        if (await RefusalAsync(session, queue, change.AgentIds, actor, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var current = await QueueSettingsReader.ReadAsync(session, queue.Id, cancellationToken);
        if (current is null)
        {
            return RuleViolation.NotFound("not-found", $"Queue '{queue.Id}' does not exist.");
        }

        if (change.ExpectedVersion is { } expected && expected != current.Version)
        {
            return await StaleAsync(session, change, current, cancellationToken);
        }

        // The version read above guards the write: a save landing in between fails this one.
        session.UpdateExpectedVersion(queue, current.Version);
        var agentIds = change.AgentIds ?? current.AgentIds;
        var renewed = await ApplyMembershipAsync(session, queue, agentIds, cancellationToken);
        var agents = agentIds.Order().SequenceEqual(current.AgentIds.Order()) ? [] : new[] { $"agents: {current.AgentIds.Count} → {agentIds.Count}" };
        var details = string.Join("; ", [.. QueueDifferences.Between(current.Queue, queue), .. agents]);
        session.Record(audit, AuditActions.SettingsChanged, $"queue:{queue.Id}", $"{(details.Length == 0 ? "saved unchanged" : details)} queues-changed-for={string.Join(',', renewed)}");
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is ConcurrencyException || e is AggregateException { InnerExceptions: [ConcurrencyException] })
        {
            await using var fresh = store.QuerySession();
            return await StaleAsync(fresh, change, (await QueueSettingsReader.ReadAsync(fresh, queue.Id, cancellationToken))!, cancellationToken);
        }

        await using var read = store.QuerySession();
        return (await QueueSettingsReader.ReadAsync(read, queue.Id, cancellationToken))!;
    }

    private static Queue Clean(Queue queue) => queue with
    {
        Id = queue.Id.Trim(),
        Name = PlainName.Clean(queue.Name),
        Description = queue.Description.Trim(),
        MemberTeamIds = [.. queue.MemberTeamIds.Distinct()],
        RequiredSkills = [.. queue.RequiredSkills.Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0).Distinct().Order(StringComparer.Ordinal)],
    };

    private static async Task<RuleViolation?> RefusalAsync(IQuerySession session, Queue queue, IReadOnlyList<Guid>? agentIds, AccessGrant actor, CancellationToken cancellationToken)
    {
        if (!actor.Has(Permissions.SettingsQueuesManage))
        {
            return RuleViolation.Forbidden("permission-denied", $"Your roles do not grant '{Permissions.SettingsQueuesManage}'. Ask an admin if you need it.");
        }

        var knownTeams = (await session.LoadManyAsync<Team>(cancellationToken, queue.MemberTeamIds)).Select(t => t.Id).ToHashSet();
        var knownAgents = (await session.LoadManyAsync<StaffUser>(cancellationToken, agentIds ?? [])).Select(u => u.Id).ToHashSet();
        var errors = ValidationErrors.Of(
        [
            .. queue.Validate().Messages,
            Slug.IsValid(queue.ChannelId) && await session.LoadAsync<Channel>(queue.ChannelId, cancellationToken) is null
                ? $"Channel '{queue.ChannelId}' does not exist; choose one of the channels." : null,
            .. queue.MemberTeamIds.Where(t => Slug.IsValid(t) && !knownTeams.Contains(t)).Select(t => $"Team '{t}' does not exist; create it first."),
            .. (agentIds ?? []).Where(a => !knownAgents.Contains(a)).Select(a => $"User {a} does not exist; add existing staff only."),
            queue.OverflowQueueId is { } overflow && overflow != queue.Id && Slug.IsValid(overflow)
                && await session.LoadAsync<Queue>(overflow, cancellationToken) is null
                ? $"Overflow queue '{overflow}' does not exist; choose one of the queues." : null,
        ]);
        return errors.IsValid ? null : errors.ToViolation();
    }

    // Agents listing the queue in person are exactly agentIds; the users whose queues change are renewed.
    private static async Task<IReadOnlyList<string>> ApplyMembershipAsync(IDocumentSession session, Queue queue, IReadOnlyList<Guid> agentIds, CancellationToken cancellationToken)
    {
        var before = await MembershipSettings.ReadAsync(session, cancellationToken);
        var members = agentIds.ToHashSet();
        StaffUser Listed(StaffUser user) => members.Contains(user.Id) == user.QueueIds.Contains(queue.Id)
            ? user
            : user with { QueueIds = members.Contains(user.Id) ? [.. user.QueueIds, queue.Id] : [.. user.QueueIds.Where(q => q != queue.Id)] };
        return await MembershipSettings.RenewChangedAsync(session, before, before.With(queue), Listed, cancellationToken);
    }

    private static async Task<RuleViolation> StaleAsync(IQuerySession session, QueueChange change, QueueSettingsView current, CancellationToken cancellationToken)
    {
        var last = await session.Query<AuditEntry>().Where(e => e.Target == $"queue:{current.Queue.Id}")
            .OrderByDescending(e => e.At).FirstOrDefaultAsync(cancellationToken);
        var who = last is null ? "Someone" : $"{last.ActorName} (at {last.At.UtcDateTime:HH:mm:ss} UTC)";
        // The page sends what it read, so the message names exactly the other change; an API client
        // sends only its version, so the message names where its queue and the saved one differ.
        string named;
        if (change.ReadAs is { } read)
        {
            var agents = change.ReadAgentIds is { } readAgents && !readAgents.Order().SequenceEqual(current.AgentIds.Order()) ? ["the queue's agents"] : Array.Empty<string>();
            named = string.Join("; ", [.. QueueDifferences.Between(read, current.Queue), .. agents]);
            named = named.Length > 0 ? $": {named}" : "";
        }
        else
        {
            named = string.Join("; ", QueueDifferences.Between(Clean(change.Queue), current.Queue));
            named = named.Length > 0 ? $"; where yours differs from the saved one (yours → saved): {named}" : "";
        }

        return RuleViolation.Stale("version-conflict",
            $"{who} changed queue '{current.Queue.Id}' since you read it{named}. Nothing of yours was saved: reload it, then make your change again.");
    }

    private static string Summary(Queue q) =>
        $"name={q.Name} channel={q.ChannelId} policy={q.Policy} priority={q.Priority} sla={QueueDifferences.Duration(q.ServiceLevelThreshold)} offer-timeout={QueueDifferences.Duration(q.OfferTimeout)} teams={string.Join(',', q.MemberTeamIds)} disabled={q.Disabled}";
}
