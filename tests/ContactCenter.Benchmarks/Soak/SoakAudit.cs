using System.Text.Json;
using ContactCenter.Benchmarks.Load;

namespace ContactCenter.Benchmarks.Soak;

/// <summary>What the store and the parties' views say after the soak.</summary>
public sealed record SoakVerdict(int Chats, int ChatsNotStored, int Acknowledged, int NotStored, int StoredTwice, int ViewsDiffering, int DuplicatesApplied,
    int DoubleOffers, int StepsByPush, int StepsByResume, IReadOnlyList<string> Differences);

/// <summary>
/// Reads every conversation of the soak from the store (through a node, as an admin) and holds each
/// party's view against it: every acknowledged message stored once, every view the store's
/// messages in the store's order, and no chat ever offered to a second agent while an offer was open.
/// </summary>
public static class SoakAudit
{
    public static async Task<SoakVerdict> RunAsync(SoakLedger ledger, HubSocket admin)
    {
        var stored = new Dictionary<Guid, IReadOnlyList<Guid>>();
        var doubleOffers = 0;
        var missing = new List<string>();
        foreach (var conversationId in ledger.AcknowledgedByChat.Keys)
        {
            JsonElement read;
            try
            {
                read = await admin.InvokeAsync("GetEventsSince", conversationId, 0L);
            }
            catch (InvalidOperationException e) when (e.Message.Contains("not-found:", StringComparison.Ordinal))
            {
                // A chat its customer was told had started, or a message acknowledged in it, that the store does not hold: lost.
                missing.Add($"conversation {conversationId} acknowledged ({ledger.StartOf(conversationId)}) but not in the store");
                continue;
            }

            var steps = read.EnumerateArray().OrderBy(s => s.GetProperty("version").GetInt64()).ToList();
            stored[conversationId] = [.. steps.Select(SoakSteps.MessageOf).OfType<(Guid Id, bool ByCustomer)>().Select(m => m.Id)];
            doubleOffers += DoubleOffers(steps);
        }

        int notStored = 0, acknowledged = 0;
        foreach (var (conversationId, ids) in ledger.AcknowledgedByChat)
        {
            var messages = stored.GetValueOrDefault(conversationId) ?? [];
            foreach (var id in ids.Distinct())
            {
                acknowledged++;
                notStored += messages.Contains(id) ? 0 : 1;
            }
        }

        var storedTwice = stored.Values.Sum(messages => messages.Count - messages.Distinct().Count());
        var views = ledger.CustomerViews.Select(v => ("customer", v)).Concat(ledger.AgentViews.Select(v => ("agent", v))).ToList();
        var differences = views
            .Select(p => (p.Item1, View: p.v, How: HowItDiffers(p.v, stored.GetValueOrDefault(p.v.ConversationId))))
            .Where(d => d.How is not null)
            .Select(d => $"{d.Item1} view of {d.View.ConversationId} at version {d.View.Version}: {d.How}")
            .ToList();
        return new SoakVerdict(stored.Count, missing.Count, acknowledged, notStored, storedTwice, differences.Count, views.Sum(p => p.v.Duplicates), doubleOffers,
            views.Sum(p => p.v.ByPush), views.Sum(p => p.v.ByResume), [.. missing, .. differences]);
    }

    // Says how a view differs from the store, so a failed soak points at its cause; null when equal.
    private static string? HowItDiffers(ChatView view, IReadOnlyList<Guid>? stored)
    {
        var seen = view.Messages;
        if (stored is null)
        {
            return "its conversation is not in the store";
        }

        if (stored.SequenceEqual(seen))
        {
            return null;
        }

        if (seen.Count < stored.Count && stored.Take(seen.Count).SequenceEqual(seen))
        {
            return $"lacks the store's last {stored.Count - seen.Count} of {stored.Count} messages";
        }

        var missing = stored.Except(seen).Count();
        var extra = seen.Except(stored).Count();
        return missing == 0 && extra == 0
            ? $"holds the store's {stored.Count} messages in another order"
            : $"{missing} of {stored.Count} stored messages missing, {extra} not in the store";
    }

    // An "offered" step while an earlier offer of the same chat is still open: two agents held it at once.
    private static int DoubleOffers(IEnumerable<JsonElement> steps)
    {
        var open = false;
        var doubled = 0;
        foreach (var step in steps)
        {
            var kind = SoakSteps.Kind(step);
            if (kind == "offered")
            {
                doubled += open ? 1 : 0;
                open = true;
            }
            else if (SoakSteps.EndsOffer(kind))
            {
                open = false;
            }
        }

        return doubled;
    }
}
