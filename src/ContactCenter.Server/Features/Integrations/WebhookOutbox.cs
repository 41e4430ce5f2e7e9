using System.Text.Json;
using ContactCenter.Server.Features.Conversations.Handling;
using Marten;

namespace ContactCenter.Server.Features.Integrations;

/// <summary>Stages one delivery per subscriber and step in the command's own session, before its commit.</summary>
public static class WebhookOutbox
{
    public static void Stage(this IDocumentSession session, ConversationChange change, IReadOnlyList<WebhookSubscription> subscriptions, DateTimeOffset now)
    {
        foreach (var subscription in subscriptions)
        {
            foreach (var step in change.Steps)
            {
                var payload = JsonSerializer.Serialize(WebhookEvents.V1(change, step), JsonSerializerOptions.Web);
                session.Insert(new WebhookDelivery { Id = Guid.CreateVersion7(), SubscriptionId = subscription.Id, Payload = payload, CreatedAt = now, NextAttemptAt = now });
            }
        }
    }
}
