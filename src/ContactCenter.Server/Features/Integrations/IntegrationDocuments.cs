namespace ContactCenter.Server.Features.Integrations;

/// <summary>A key an external channel presents at the inbound endpoint. Only its hash is stored.</summary>
public sealed record ApiKey(Guid Id, string Name, string ChannelId, string Prefix, string Hash, DateTimeOffset CreatedAt, bool Revoked = false);

/// <summary>Links a customer of an external channel (their id there) to our customer profile.</summary>
public sealed record ExternalIdentity(string Id, Guid CustomerId)
{
    public static string IdFor(string channelId, string externalId) => $"{channelId}:{externalId}";
}

/// <summary>Where conversation events are posted, signed with the secret.</summary>
public sealed record WebhookSubscription(Guid Id, string Url, string Secret, DateTimeOffset CreatedAt, bool Active = true);

/// <summary>
/// One event on its way to one subscriber: written in the same transaction as the event (an
/// outbox), so a delivery is never lost, and retried with back-off until it is accepted.
/// </summary>
public sealed record WebhookDelivery
{
    public required Guid Id { get; init; }
    public required Guid SubscriptionId { get; init; }
    public required string Payload { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset NextAttemptAt { get; init; }
    public int Attempts { get; init; }
    public DateTimeOffset? DeliveredAt { get; init; }
    public DateTimeOffset? FailedAt { get; init; }
    public string? LastError { get; init; }
    public bool Pending => DeliveredAt is null && FailedAt is null;
}
