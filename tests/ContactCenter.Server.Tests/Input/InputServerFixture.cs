using ContactCenter.Testing;

namespace ContactCenter.Server.Tests.Input;

/// <summary>One server for the bad-input tests: each test writes under names of its own, so they share it.</summary>
public sealed class InputServerFixture : IAsyncLifetime
{
    public ServerHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await ServerHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

internal static class Problems
{
    /// <summary>Reads a refusal and checks it is the clear kind: a 400 problem with the code "invalid", no stack trace, no SQL.</summary>
    public static async Task<string> InvalidDetailAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = System.Text.Json.JsonDocument.Parse(body);
        Assert.Equal("invalid", json.RootElement.GetProperty("code").GetString());
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SELECT", body, StringComparison.Ordinal);
        return json.RootElement.GetProperty("detail").GetString()!;
    }
}
