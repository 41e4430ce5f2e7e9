using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Routing;
using ContactCenter.Server.Features.Agents.Presence;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Persistence;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ContactCenter.Server.Features.Routing;

/// <summary>
/// The router: one leader across all nodes (see <see cref="RouterLease"/> and RoutingService.Leadership)
/// ends expired offers and offers waiting conversations to eligible agents, each offer carrying the
/// leader's epoch. The other nodes stand by and take over once the leader's lease expires or is freed.
/// </summary>
internal sealed partial class RoutingService(
    IDocumentStore store, DatabaseConnection database, NpgsqlDataSource dataSource, RouterLeadership leadership, ConversationHandler conversations, PresenceHandler presence, LoadReports loadReports,
    TimeProvider clock, IOptions<RoutingOptions> options, IOptions<PresenceOptions> presenceOptions, ILogger<RoutingService> logger) : BackgroundService
{
    private const int OffersInParallel = 8;

    // Every state but offline, listed: an index serves "is one of", never "is not" (docs/storage.md, "Indexes").
    private static readonly GlobalState[] Present = [.. Enum.GetValues<GlobalState>().Where(s => s != GlobalState.Offline)];

    internal async Task<Dictionary<string, Guid>> RouteOnceAsync(LeaderTerm term, Dictionary<string, Guid> lastOffered, CancellationToken cancellationToken)
    {
        var epoch = term.Epoch;
        var now = clock.GetUtcNow();
        await SetAbsentAgentsOfflineAsync(now, cancellationToken);
        var live = await ReadLiveAsync(now, cancellationToken);
        await ExpireOffersAsync(live, now, cancellationToken);
        await ExpireTransfersAsync(now, cancellationToken);
        await ExpireWrapUpsAsync(now, cancellationToken);

        var snapshot = await ReadSnapshotAsync(live, now, cancellationToken);
        if (await OverflowAsync(snapshot, now, cancellationToken))
        {
            // Moved conversations wait in their new queues now: route them from there this round.
            snapshot = await ReadSnapshotAsync(live, now, cancellationToken);
        }

        var round = Router.Decide(snapshot.Waiting, snapshot.Queues, snapshot.Agents, lastOffered, now);
        // Offers of one round touch different conversations and capacity is already reserved within
        // the round, so they are written side by side; each still commits on its own stream.
        var stale = 0;
        var made = new System.Collections.Concurrent.ConcurrentBag<Offer>();
        await Parallel.ForEachAsync(round.Offers, new ParallelOptions { MaxDegreeOfParallelism = OffersInParallel, CancellationToken = cancellationToken }, async (offer, ct) =>
        {
            // Checked at each write: a pause mid-round may have outlasted the lease.
            if (!term.Holds(_monotonic.Elapsed))
            {
                Interlocked.Exchange(ref stale, 1);
                return;
            }

            var timeout = snapshot.QueueSettings[offer.QueueId].OfferTimeout;
            var outcome = await conversations.ExecuteAsync(
                new OfferConversation(offer.ConversationId, offer.AgentId, snapshot.AgentNames[offer.AgentId], Guid.CreateVersion7(), now + timeout, epoch, now), ct);
            if (outcome.Error == ConversationErrors.StaleRouter)
            {
                Interlocked.Exchange(ref stale, 1);
            }
            else if (outcome.Changed)
            {
                made.Add(offer);
            }
        });
        if (stale == 1)
        {
            throw new InvalidOperationException("The lease ran out or a newer router epoch exists: this node no longer leads.");
        }

        ShowBusy(snapshot, made, now);

        return new Dictionary<string, Guid>(round.LastOffered);
    }

    private async Task<IReadOnlySet<Guid>> ReadLiveAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await LiveConnections.ReadAsync(session, now, presenceOptions.Value, cancellationToken);
    }

    private async Task<RoutingSnapshot> ReadSnapshotAsync(IReadOnlySet<Guid> live, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await RoutingSnapshot.ReadAsync(session, options.Value, live, now, cancellationToken);
    }

    // Conversations queued longer than their queue allows move to its overflow queue; the decider
    // has the last word (a customer may have left, or an offer opened, since the snapshot).
    private async Task<bool> OverflowAsync(RoutingSnapshot snapshot, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var moved = false;
        foreach (var move in Overflow.Due(snapshot.Waiting, snapshot.Queues, now))
        {
            var outcome = await conversations.ExecuteAsync(new OverflowConversation(move.ConversationId, move.FromQueueId, move.ToQueueId, move.MaxWait, now), cancellationToken);
            moved |= outcome.Changed;
        }

        return moved;
    }

    // Busy follows load (the router's own offers included): only agents whose busy flags or state
    // would change get a report, written in the background and pushed through the presence
    // notifier's queue, so neither presence writes nor screens hold up the next round.
    private void ShowBusy(RoutingSnapshot snapshot, IEnumerable<Offer> made, DateTimeOffset now)
    {
        var offered = made.GroupBy(o => (o.AgentId, o.Channel)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var agent in snapshot.Present)
        {
            var before = snapshot.Loads.GetValueOrDefault(agent.AgentId);
            var report = new ReportLoad(agent.AgentId, agent.Channels.Keys.ToDictionary(
                k => k, k => (before?.GetValueOrDefault(k) ?? 0) + offered.GetValueOrDefault((agent.AgentId, k))), now);
            if (AgentPresence.Decide(report, agent).Events.Count > 0)
            {
                loadReports.Submit(report);
            }
        }
    }

    // Agents whose every connection, on every node, has been gone for the grace period.
    private async Task SetAbsentAgentsOfflineAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        Guid[] absent;
        await using (var session = store.QuerySession())
        {
            var present = await session.Query<AgentPresence>().Where(p => Present.Contains(p.State)).Select(p => p.AgentId).ToListAsync(cancellationToken);
            if (present.Count == 0)
            {
                return;
            }

            var seen = (await session.LoadManyAsync<AgentLastSeen>(cancellationToken, present)).ToDictionary(s => s.Id, s => s.At);
            absent = [.. present.Where(id => !seen.TryGetValue(id, out var at) || now - at > presenceOptions.Value.Grace)];
        }

        foreach (var agent in absent)
        {
            await presence.ExecuteAsync(new LoseAllConnections(agent, now), cancellationToken);
        }
    }

    // An agent who left with an offer ringing did not miss it: they are gone, and the grace period
    // (or their return) settles their state.
    private async Task ExpireOffersAsync(IReadOnlySet<Guid> live, DateTimeOffset now, CancellationToken cancellationToken)
    {
        List<(ConversationHistory Conversation, bool SetsNotReady)> expired;
        await using (var session = store.QuerySession())
        {
            var due = await session.Query<ConversationHistory>()
                .Where(c => c.Status == ConversationStatus.Offered && c.OfferExpiresAt <= now).ToListAsync(cancellationToken);
            var queues = (await session.Query<Domain.Queues.Queue>().ToListAsync(cancellationToken)).ToDictionary(q => q.Id);
            expired = [.. due.Select(c => (c, queues.TryGetValue(c.QueueId, out var q) && q.MissedOfferSetsNotReady))];
        }

        foreach (var (conversation, setsNotReady) in expired)
        {
            var outcome = await conversations.ExecuteAsync(new ExpireOffer(conversation.Id, conversation.OfferId!.Value, now), cancellationToken);
            if (outcome.Changed && setsNotReady && conversation.OfferedTo is { } agent && live.Contains(agent))
            {
                await presence.ExecuteAsync(new MissOffer(agent, now), cancellationToken);
            }
        }
    }
}
