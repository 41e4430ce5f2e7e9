using System.Net;
using System.Net.Http.Json;
using ContactCenter.Server.Features.Integrations;
using ContactCenter.Testing;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace ContactCenter.Server.Tests.Conversations;

/// <summary>Webhooks cannot be aimed at the server's own network, and deliveries do not follow redirects.</summary>
public sealed class WebhookTargetTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData("http://127.0.0.1:5432/")]
    [InlineData("http://localhost:6379/")]
    [InlineData("http://10.1.2.3/hook")]
    [InlineData("http://192.168.0.1/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::1]:8080/hook")]
    [InlineData("http://[fd00::1]/hook")]
    public async Task An_owner_cannot_register_a_webhook_into_the_servers_own_network(string target)
    {
        // Tried: targets on this machine (the database, Redis), on private networks and the cloud metadata address.
        await using var host = await ServerHost.StartAsync();
        using var owner = await host.SignedInAsync("olivia.owner");

        using var response = await owner.PostAsJsonAsync("/api/integrations/webhooks", new NewWebhook(target));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("AllowPrivateTargets", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var session = host.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.Empty(await session.Query<WebhookSubscription>().ToListAsync());
    }

    [Fact]
    public async Task A_stored_subscription_that_points_into_the_network_is_refused_again_at_delivery()
    {
        // Tried: a subscription stored before the rule (or whose name now resolves to loopback): the
        // delivery is not sent, and the attempt says why.
        await using var receiver = await HookReceiver.StartAsync(_ => Results.Ok());
        await using var host = await ServerHost.StartAsync(s => s["ContactCenter:Webhooks:PollInterval"] = "00:00:00.100");
        var store = host.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            session.Store(new WebhookSubscription(Guid.CreateVersion7(), receiver.Url, "secret", DateTimeOffset.UtcNow));
            await session.SaveChangesAsync();
        }

        await host.GetRequiredService<WebhookSubscriptions>().ChangedAsync(CancellationToken.None);
        await host.StartChatAsync("Probe Customer");

        var attempt = await FirstAttemptAsync(store);
        Assert.Contains("AllowPrivateTargets", attempt.LastError, StringComparison.Ordinal);
        Assert.Null(attempt.DeliveredAt);
        Assert.Equal(0, receiver.Requests);
    }

    [Fact]
    public async Task A_delivery_does_not_follow_a_redirect()
    {
        // Tried: a permitted receiver that answers 302 to another address; that address must get nothing.
        await using var elsewhere = await HookReceiver.StartAsync(_ => Results.Ok());
        await using var redirecting = await HookReceiver.StartAsync(_ => Results.Redirect(elsewhere.Url, preserveMethod: true));
        await using var host = await ServerHost.StartAsync(s =>
        {
            s["ContactCenter:Webhooks:PollInterval"] = "00:00:00.100";
            s["ContactCenter:Webhooks:AllowPrivateTargets"] = "true";
        });
        using var owner = await host.SignedInAsync("olivia.owner");
        (await owner.PostAsJsonAsync("/api/integrations/webhooks", new NewWebhook(redirecting.Url))).EnsureSuccessStatusCode();

        await host.StartChatAsync("Redirected Customer");

        var attempt = await FirstAttemptAsync(host.GetRequiredService<IDocumentStore>());
        Assert.Equal("HTTP 307", attempt.LastError);
        Assert.True(redirecting.Requests >= 1);
        Assert.Equal(0, elsewhere.Requests);
    }

    // Waits on the fact (the store's change notification is not exposed): the delivery's first attempt is recorded.
    private static async Task<WebhookDelivery> FirstAttemptAsync(IDocumentStore store)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            await using var session = store.QuerySession();
            if (await session.Query<WebhookDelivery>().FirstOrDefaultAsync(d => d.Attempts > 0, timeout.Token) is { } attempted)
            {
                return attempted;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    private sealed class HookReceiver(WebApplication app) : IAsyncDisposable
    {
        private int _requests;

        public string Url => app.Urls.First() + "/hook";

        public int Requests => Volatile.Read(ref _requests);

        public static async Task<HookReceiver> StartAsync(Func<HttpRequest, IResult> answer)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var receiver = new HookReceiver(app);
            app.MapPost("/hook", (HttpRequest request) =>
            {
                Interlocked.Increment(ref receiver._requests);
                return answer(request);
            });
            await app.StartAsync();
            return receiver;
        }

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}
