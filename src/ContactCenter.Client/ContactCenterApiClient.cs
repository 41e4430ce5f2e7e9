using System.Net.Http.Headers;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Contracts.Customers;
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

    /// <summary>
    /// Signs in and uses the token for every later call. Tokens live 15 minutes: sign in again (or
    /// hand a fresh one to hubs through their AccessTokenProvider) before <see cref="TokenResponse.ExpiresIn"/>.
    /// </summary>
    /// <exception cref="HttpRequestException">Wrong credentials (401) or a locked account (423).</exception>
    public async Task<TokenResponse> SignInAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsJsonAsync(ApiRoutes.Token, new SignInRequest(userName, password), cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The server answered the sign-in with an empty body.");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return token;
    }

    /// <summary>The signed-in user and their permissions.</summary>
    public async Task<MyAccess> GetMeAsync(CancellationToken cancellationToken = default) =>
        await http.GetFromJsonAsync<MyAccess>(ApiRoutes.Me, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException($"The server answered {ApiRoutes.Me} with an empty body.");

    /// <summary>The customer directory as the caller's role allows, personal data masked as it allows.</summary>
    public async Task<IReadOnlyList<CustomerDto>> GetCustomersAsync(string? search = null, CancellationToken cancellationToken = default) =>
        await http.GetFromJsonAsync<CustomerDto[]>(
            search is null ? ApiRoutes.Customers : $"{ApiRoutes.Customers}?search={Uri.EscapeDataString(search)}", cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException($"The server answered {ApiRoutes.Customers} with an empty body.");

    /// <summary>True when the server and its dependencies (PostgreSQL, Redis when configured) are ready.</summary>
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync(new Uri(ApiRoutes.HealthReady, UriKind.Relative), cancellationToken).ConfigureAwait(false);
        return response.IsSuccessStatusCode;
    }
}
