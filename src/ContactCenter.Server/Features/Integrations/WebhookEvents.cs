using ContactCenter.Contracts.Integrations;
using ContactCenter.Server.Features.Conversations.Handling;

namespace ContactCenter.Server.Features.Integrations;

/// <summary>A committed step as a webhook delivers it: staff's view of the step in the versioned webhook record.</summary>
public static class WebhookEvents
{
    public static WebhookEventV1 V1(ConversationChange change, ConversationStep step) => new(
        WebhookEventV1.Version1, change.ConversationId, change.CustomerId, change.QueueId, step.Version, step.At,
        step.StatusAfter.ToDto(), ConversationEventMapper.Payload(step.Event, staff: true));
}
