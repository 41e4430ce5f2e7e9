using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Customers;
using ContactCenter.Testing;

namespace ContactCenter.Server.Tests.Hosting;

/// <summary>What every answer tells the browser: a content policy, no sniffing, short referrers, and no caching of customer data.</summary>
[Collection(SeededServerCollection.Name)]
public sealed class SecurityHeaderTests(SeededServerFixture fixture)
{
    private ServerHost Host => fixture.Host;

    [Fact]
    public async Task Staff_pages_carry_one_content_security_policy_nosniff_and_a_referrer_policy()
    {
        using var response = await Host.Http.GetAsync(new Uri("/account/login", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Api_answers_with_customer_data_are_not_stored_by_caches()
    {
        using var senior = await Host.SignedInAsync("sasha.senior");

        using var customers = await senior.GetAsync(new Uri(ApiRoutes.Customers, UriKind.Relative));
        using var one = await senior.GetAsync(new Uri($"{ApiRoutes.Customers}/0193b000-0000-7000-8000-000000000001", UriKind.Relative));

        Assert.NotEmpty((await customers.Content.ReadFromJsonAsync<CustomerDto[]>())!);
        Assert.True(customers.Headers.CacheControl?.NoStore, "the directory may be cached");
        Assert.True(one.Headers.CacheControl?.NoStore, "a profile may be cached");
        Assert.Equal("nosniff", Assert.Single(one.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task The_widget_connects_only_to_its_own_origin()
    {
        using var response = await Host.Http.GetAsync(new Uri("/widget/", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("ws:", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("wss:", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors *", policy, StringComparison.Ordinal);
    }
}
