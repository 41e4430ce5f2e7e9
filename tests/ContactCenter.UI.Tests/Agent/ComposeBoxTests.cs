using System.Collections.Concurrent;
using System.Security.Claims;
using Bunit;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Desk;
using ContactCenter.Server.Components.Agent;
using ContactCenter.Server.Features.Access.Authentication;
using ContactCenter.Server.Realtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.UI.Tests.Agent;

public sealed class ComposeBoxTests : MudTestContext
{
    [Fact]
    public async Task A_send_tried_again_after_a_failure_keeps_its_message_id_and_new_text_gets_a_new_one()
    {
        // Tried: the desk's compose box against a hub (on a real loopback port, through the typed
        // client the desk uses) that refuses the first send as a retryable conflict; the agent
        // clicks Send again, then writes another message. The hub records the ids it was sent.
        await using var hub = await StubHub.StartAsync();
        Services.AddLogging();
        Services.AddSingleton(TimeProvider.System);
        Services.AddAuthentication().AddBearerToken(AuthSchemes.Bearer);
        Services.AddSingleton<CircuitTokens>();
        Services.AddSingleton(new LoopbackAddress(hub.Server));
        Services.AddScoped<CircuitBrowser>();
        Services.AddScoped<DeskState>();
        Authorization.SetAuthorized("jamie.agent").SetClaims(
            new Claim(ContactCenterClaims.UserId, Guid.NewGuid().ToString()),
            new Claim(ContactCenterClaims.UserName, "jamie.agent"),
            new Claim(ContactCenterClaims.SecurityStamp, Guid.NewGuid().ToString()));
        await Services.GetRequiredService<DeskState>().StartAsync();
        var box = Render<ComposeBox>(p => p.Add(b => b.ConversationId, StubHub.Conversation));

        await box.Find("[data-testid=composer]").InputAsync(new ChangeEventArgs { Value = "Your refund is on its way." });
        await box.Find("[data-testid=send]").ClickAsync(new());
        await box.WaitForAssertionAsync(() => Assert.Single(hub.Sent));
        Assert.Equal("Your refund is on its way.", box.Find("[data-testid=composer]").GetAttribute("value"));
        await box.Find("[data-testid=send]").ClickAsync(new());
        await box.WaitForAssertionAsync(() => Assert.Equal(2, hub.Sent.Count));
        await box.WaitForAssertionAsync(() => Assert.Equal("", box.Find("[data-testid=composer]").GetAttribute("value") ?? ""));
        await box.Find("[data-testid=composer]").InputAsync(new ChangeEventArgs { Value = "Anything else?" });
        await box.Find("[data-testid=send]").ClickAsync(new());
        await box.WaitForAssertionAsync(() => Assert.Equal(3, hub.Sent.Count));

        var sent = hub.Sent.ToArray();
        Assert.Equal(sent[0], sent[1]);
        Assert.NotEqual(sent[1], sent[2]);
    }

    /// <summary>The agent hub's methods the desk calls at start, and a send that fails once.</summary>
    private sealed class StubHub : IAsyncDisposable
    {
        public static readonly Guid Conversation = Guid.NewGuid();
        private readonly WebApplication _app;
        private readonly ConcurrentQueue<Guid> _received;

        private StubHub(WebApplication app, ConcurrentQueue<Guid> received)
        {
            _app = app;
            _received = received;
        }

        public IReadOnlyList<Guid> Sent => [.. _received];

        public IServer Server => _app.Services.GetRequiredService<IServer>();

        public static async Task<StubHub> StartAsync()
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Services.AddSignalR();
            var received = new ConcurrentQueue<Guid>();
            builder.Services.AddSingleton(received);
            var app = builder.Build();
            app.MapHub<AgentHubStub>(ApiRoutes.AgentHub);
            await app.StartAsync();
            return new StubHub(app, received);
        }

        public ValueTask DisposeAsync() => _app.DisposeAsync();

#pragma warning disable CA1822 // Hub methods are instance methods: SignalR does not call static ones.
        private sealed class AgentHubStub(ConcurrentQueue<Guid> received) : Hub
        {
            public ReasonCodeDto[] GetReasonCodes() => [];

            public LabelDto[] GetLabels() => [];

            public CustomerFieldDto[] GetCustomerFields() => [];

            public InboxItemDto[] GetInbox() => [];

            public AgentPresenceDto GetMyPresence() => new(Guid.NewGuid(), "Available", null, DateTimeOffset.UnixEpoch, [], 1);

            public CommandAck SendMessage(Guid conversationId, Guid messageId, string text)
            {
                received.Enqueue(messageId);
                return received.Count == 1
                    ? throw new HubException("conflict: The conversation changed at the same moment; try again.")
                    : new CommandAck(conversationId, received.Count);
            }
        }
#pragma warning restore CA1822
    }
}
