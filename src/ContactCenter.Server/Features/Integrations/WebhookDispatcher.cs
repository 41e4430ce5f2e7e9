using System.Globalization;
using System.Text;
using Marten;
using Microsoft.Extensions.Options;

namespace ContactCenter.Server.Features.Integrations;

/// <summary>
/// Sends due deliveries and retries failures with exponential back-off. Delivery is at least once:
/// receivers deduplicate by X-ContactCenter-Delivery.
/// </summary>
internal sealed partial class WebhookDispatcher(
    IDocumentStore store, IHttpClientFactory clients, IOptions<WebhookOptions> options, TimeProvider clock, ILogger<WebhookDispatcher> logger) : BackgroundService
{
    public const string ClientName = "webhooks";
    private const int Batch = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogLoopFailed(logger, e);
            }
        }
    }

    private async Task SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession();
        var due = await session.Query<WebhookDelivery>()
            .Where(d => d.DeliveredAt == null && d.FailedAt == null && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt).Take(Batch).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return;
        }

        var subscriptions = (await session.LoadManyAsync<WebhookSubscription>(cancellationToken, due.Select(d => d.SubscriptionId).Distinct())).ToDictionary(s => s.Id);
        foreach (var delivery in due)
        {
            session.Store(subscriptions.TryGetValue(delivery.SubscriptionId, out var subscription) && subscription.Active
                ? await AttemptAsync(delivery, subscription, cancellationToken)
                : delivery with { FailedAt = now, LastError = "The subscription was removed." });
        }

        await session.SaveChangesAsync(cancellationToken);
    }

    private async Task<WebhookDelivery> AttemptAsync(WebhookDelivery delivery, WebhookSubscription subscription, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var attempts = delivery.Attempts + 1;
        string error;
        try
        {
            var timestamp = now.ToUnixTimeSeconds();
            using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
            {
                Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString());
            request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(subscription.Secret, timestamp, delivery.Payload));
            using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return delivery with { Attempts = attempts, DeliveredAt = now, LastError = null };
            }

            error = $"HTTP {(int)response.StatusCode}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            error = e.Message;
        }

        LogAttemptFailed(logger, delivery.Id, attempts, error);
        return attempts >= options.Value.MaxAttempts
            ? delivery with { Attempts = attempts, FailedAt = now, LastError = error }
            : delivery with { Attempts = attempts, NextAttemptAt = now + options.Value.RetryBase * Math.Pow(2, attempts - 1), LastError = error };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} attempt {Attempt} failed: {Error}")]
    private static partial void LogAttemptFailed(ILogger logger, Guid deliveryId, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook dispatch loop failed; retrying at the next tick")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);
}
