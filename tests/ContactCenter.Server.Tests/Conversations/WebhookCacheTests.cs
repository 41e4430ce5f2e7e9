using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Server.Features.Integrations;
using ContactCenter.Testing;
using Marten;

namespace ContactCenter.Server.Tests.Conversations;

/// <summary>
/// Each node caches the webhook subscriptions its commands stage deliveries from; a change made on
/// one node reaches the other's cache, so no event is staged for a removed subscriber or missed by a new one.
/// </summary>
public sealed class WebhookCacheTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_subscription_added_or_removed_on_one_node_applies_to_the_next_command_on_the_other()
    {
        // Tried: node B has already cached "no subscribers" when node A adds one, then A removes it.
        var schema = $"hooks_{Guid.NewGuid():N}"[..20];
        void Shared(IDictionary<string, string?> s)
        {
            s["ContactCenter:Database:Schema"] = schema;
            // The subscriber's address is a loopback one, which only this setting permits.
            s["ContactCenter:Webhooks:AllowPrivateTargets"] = "true";
        }

        await using var nodeA = await ServerHost.StartAsync(Shared);
        await using var nodeB = await ServerHost.StartAsync(Shared);
        var cacheB = nodeB.GetRequiredService<WebhookSubscriptions>();
        await cacheB.ListeningAsync().WaitAsync(Patience);
        using var owner = await nodeA.SignedInAsync("olivia.owner");
        var before = (await nodeB.StartChatAsync("Before any hook")).ConversationId!.Value;

        var added = cacheB.NextChangeAsync();
        var created = await (await owner.PostAsJsonAsync("/api/integrations/webhooks", new NewWebhook("http://127.0.0.1:9/hook"))).Content.ReadFromJsonAsync<JsonElement>();
        await added.WaitAsync(Patience);
        var during = (await nodeB.StartChatAsync("While hooked")).ConversationId!.Value;
        var removed = cacheB.NextChangeAsync();
        (await owner.DeleteAsync(new Uri($"/api/integrations/webhooks/{created.GetProperty("id").GetGuid()}", UriKind.Relative))).EnsureSuccessStatusCode();
        await removed.WaitAsync(Patience);
        var after = (await nodeB.StartChatAsync("After the hook left")).ConversationId!.Value;

        // Deliveries are staged in the command's own transaction, so the store already tells.
        await using var session = nodeB.GetRequiredService<IDocumentStore>().QuerySession();
        var staged = (await session.Query<WebhookDelivery>().ToListAsync()).Select(d => d.Payload).ToList();
        Assert.DoesNotContain(staged, p => p.Contains(before.ToString(), StringComparison.Ordinal));
        Assert.Contains(staged, p => p.Contains(during.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(staged, p => p.Contains(after.ToString(), StringComparison.Ordinal));
    }
}
