using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Client.Realtime;

/// <summary>
/// Reconnects forever with back-off (0, 1, 2, 5, 10 then every 30 seconds): the default policy
/// gives up after four tries, and a chat must come back after any outage.
/// </summary>
public sealed class KeepTryingRetryPolicy : IRetryPolicy
{
    private static readonly TimeSpan[] Delays =
        [TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)];

    /// <inheritdoc />
    public TimeSpan? NextRetryDelay(RetryContext retryContext) =>
        retryContext.PreviousRetryCount < Delays.Length ? Delays[retryContext.PreviousRetryCount] : TimeSpan.FromSeconds(30);
}
