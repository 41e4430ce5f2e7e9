namespace ContactCenter.Server.Features.Integrations;

public sealed class WebhookOptions
{
    public const string Section = "ContactCenter:Webhooks";

    /// <summary>How often due deliveries are looked for.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The first retry waits this long; each next one twice as long.</summary>
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>After this many failed attempts a delivery is given up and marked failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Lets webhooks target loopback, private and link-local addresses (a receiver on the same
    /// machine or network). Off by default: a webhook could otherwise probe the server's own network.
    /// </summary>
    public bool AllowPrivateTargets { get; set; }
}
