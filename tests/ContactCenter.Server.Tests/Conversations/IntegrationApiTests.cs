using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Integrations;
using ContactCenter.Server.Features.Integrations;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace ContactCenter.Server.Tests.Conversations;

[Collection(ChatScenes.Name)]
public sealed class IntegrationApiTests(SharedServerFixture fixture)
{
    [Fact]
    public async Task An_external_channel_posts_into_one_conversation_per_customer_with_its_api_key()
    {
        await using var host = await ServerHost.StartAsync();
        using var owner = await host.SignedInAsync("olivia.owner");
        var created = await (await owner.PostAsJsonAsync("/api/integrations/api-keys", new NewApiKey("Mail bridge", "email"))).Content.ReadFromJsonAsync<JsonElement>();
        var key = created.GetProperty("key").GetString()!;
        InboundMessage Message(string text, Guid id) => new("mail:ines@example.org", "Ines Inbound", "ines@example.org", "support", text, id);

        using var withoutKey = await host.Http.PostAsJsonAsync(InboundEndpoint.Route, Message("hello", Guid.NewGuid()));
        using var withKey = new HttpClient { BaseAddress = host.Address };
        withKey.DefaultRequestHeaders.Add(ApiKeys.Header, key);
        var firstId = Guid.NewGuid();
        var first = await (await withKey.PostAsJsonAsync(InboundEndpoint.Route, Message("My invoice is wrong", firstId))).Content.ReadFromJsonAsync<CommandAck>();
        var retried = await (await withKey.PostAsJsonAsync(InboundEndpoint.Route, Message("My invoice is wrong", firstId))).Content.ReadFromJsonAsync<CommandAck>();
        var second = await (await withKey.PostAsJsonAsync(InboundEndpoint.Route, Message("Any news?", Guid.NewGuid()))).Content.ReadFromJsonAsync<CommandAck>();

        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
        Assert.Equal(first!.Version, retried!.Version);
        Assert.Equal(first.ConversationId, second!.ConversationId);
        using var agent = await host.SignedInAsync("jamie.agent");
        var steps = await agent.GetFromJsonAsync<ConversationEventDto[]>($"{ApiRoutes.Conversations}/{first.ConversationId}");
        Assert.Equal(["My invoice is wrong", "Any news?"], steps!.Select(s => s.Payload).OfType<MessageStep>().Select(said => said.Message.Text));
    }

    [Fact]
    public async Task An_agent_takes_and_answers_over_rest_and_bad_input_is_refused_with_a_code()
    {
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var chat = (await scene.StartChatAsync("Rest Customer")).ConversationId!.Value;
        using var agent = await scene.SignedInAsync("jamie.agent");
        using var stranger = await scene.SignedInAsync("alex.agent");

        using var notYet = await agent.PostAsJsonAsync($"{ApiRoutes.Conversations}/{chat}/messages", new { text = "hello" });
        (await agent.PostAsync(new Uri($"{ApiRoutes.Conversations}/{chat}/take", UriKind.Relative), null)).EnsureSuccessStatusCode();
        using var answered = await agent.PostAsJsonAsync($"{ApiRoutes.Conversations}/{chat}/messages", new { text = "Hello from the API" });
        using var tooLong = await agent.PostAsJsonAsync($"{ApiRoutes.Conversations}/{chat}/messages", new { text = new string('x', 4001) });
        using var notOwner = await stranger.PostAsJsonAsync($"{ApiRoutes.Conversations}/{chat}/messages", new { text = "me too" });

        Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);
        Assert.Contains("not-answered", await notYet.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("message-too-long", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, notOwner.StatusCode);
    }

    [Fact]
    public async Task Webhooks_receive_signed_events_and_a_failed_delivery_is_retried()
    {
        // Tried: the receiver answers 500 to its first request, as a subscriber in a deploy would.
        await using var receiver = await Receiver.StartAsync(failFirst: 1);
        await using var host = await ServerHost.StartAsync(s =>
        {
            s["ContactCenter:Webhooks:PollInterval"] = "00:00:00.100";
            s["ContactCenter:Webhooks:RetryBase"] = "00:00:00.200";
            // The receiver listens on loopback, which only this setting permits.
            s["ContactCenter:Webhooks:AllowPrivateTargets"] = "true";
        });
        using var owner = await host.SignedInAsync("olivia.owner");
        var subscription = await (await owner.PostAsJsonAsync("/api/integrations/webhooks", new NewWebhook(receiver.Url))).Content.ReadFromJsonAsync<JsonElement>();
        var secret = subscription.GetProperty("secret").GetString()!;

        var chat = (await host.StartChatAsync("Hooked Customer")).ConversationId!.Value;

        var delivered = await receiver.NextAsync();
        Assert.Equal(WebhookSignature.Sign(secret, long.Parse(delivered.Timestamp, System.Globalization.CultureInfo.InvariantCulture), delivered.Body), delivered.Signature);
        var step = JsonSerializer.Deserialize<WebhookEventV1>(delivered.Body, JsonSerializerOptions.Web)!;
        Assert.Equal((WebhookEventV1.Version1, chat, 1L, "support"), (step.SchemaVersion, step.ConversationId, step.Version, step.QueueId));
        Assert.IsType<StartedStep>(step.Step);
        Assert.Equal(2, receiver.AttemptsFor(delivered.DeliveryId));
    }

    /// <summary>A subscriber on a loopback port that records what it receives.</summary>
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentDictionary<string, int> _attempts = new();
        private readonly System.Threading.Channels.Channel<Delivered> _accepted = System.Threading.Channels.Channel.CreateUnbounded<Delivered>();
        private int _toFail;

        private Receiver(WebApplication app, int failFirst)
        {
            _app = app;
            _toFail = failFirst;
        }

        public string Url => _app.Urls.First() + "/hook";

        public sealed record Delivered(string DeliveryId, string Timestamp, string Signature, string Body);

        public static async Task<Receiver> StartAsync(int failFirst)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var receiver = new Receiver(app, failFirst);
            app.MapPost("/hook", receiver.HandleAsync);
            await app.StartAsync();
            return receiver;
        }

        public Task<Delivered> NextAsync() => _accepted.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(15));

        public int AttemptsFor(string deliveryId) => _attempts.GetValueOrDefault(deliveryId);

        private async Task<IResult> HandleAsync(HttpRequest request)
        {
            var id = request.Headers[WebhookSignature.DeliveryHeader].ToString();
            _attempts.AddOrUpdate(id, 1, (_, n) => n + 1);
            if (Interlocked.Decrement(ref _toFail) >= 0)
            {
                return Results.StatusCode(500);
            }

            using var reader = new StreamReader(request.Body);
            await _accepted.Writer.WriteAsync(new Delivered(id, request.Headers[WebhookSignature.TimestampHeader].ToString(), request.Headers[WebhookSignature.SignatureHeader].ToString(), await reader.ReadToEndAsync()));
            return Results.Ok();
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
