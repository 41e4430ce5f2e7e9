using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Queues;

namespace ContactCenter.Client;

/// <summary>
/// Typed client for ContactCenter's REST API, for the UI, the load generator, tests and integrators.
/// The caller owns the <see cref="HttpClient"/> and sets its base address.
/// </summary>
public sealed class ContactCenterApiClient(HttpClient http)
{
    /// <summary>Lists the queues customers can start a chat in, by name.</summary>
    public async Task<IReadOnlyList<QueueSummary>> GetQueuesAsync(CancellationToken cancellationToken = default) =>
        await http.GetFromJsonAsync<QueueSummary[]>(ApiRoutes.Queues, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException($"The server answered {ApiRoutes.Queues} with an empty body.");

    /// <summary>True when the server and its dependencies (PostgreSQL, Redis when configured) are ready.</summary>
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync(new Uri(ApiRoutes.HealthReady, UriKind.Relative), cancellationToken).ConfigureAwait(false);
        return response.IsSuccessStatusCode;
    }
}
