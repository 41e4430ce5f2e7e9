using ContactCenter.Contracts.Conversations;

namespace ContactCenter.Contracts.Integrations;

/// <summary>
/// The body of a webhook delivery, version 1: one conversation step as staff see it, with the
/// customer and queue an integrator files it under. Its own record, not the desk's push: fields
/// are only added to v1; a change that would break a receiver becomes a v2 beside it.
/// </summary>
/// <param name="SchemaVersion">Always <see cref="Version1"/> for this record.</param>
/// <param name="ConversationId">The conversation.</param>
/// <param name="CustomerId">The customer it belongs to after this step.</param>
/// <param name="QueueId">The queue it is in after this step.</param>
/// <param name="Version">The step's position in the conversation, from 1, without gaps: deliveries are at least once and unordered, so order and deduplicate by it.</param>
/// <param name="At">When it happened.</param>
/// <param name="Status">The conversation's status after this step.</param>
/// <param name="Step">What happened, named by its <c>kind</c> (the kinds of <see cref="StepPayload"/>).</param>
public sealed record WebhookEventV1(
    string SchemaVersion, Guid ConversationId, Guid CustomerId, string QueueId, long Version, DateTimeOffset At, ConversationStatusDto Status, StepPayload Step)
{
    /// <summary>The value of <see cref="SchemaVersion"/> for this record.</summary>
    public const string Version1 = "v1";
}
