using System.Security.Claims;
using Bunit;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Server.Components.Agent;
using ContactCenter.Server.Components.Layout;
using ContactCenter.Server.Features.Access.Authentication;
using ContactCenter.Server.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using static ContactCenter.UI.Tests.Agent.DeskRows;

namespace ContactCenter.UI.Tests.Agent;

/// <summary>
/// Each live component holds its render trees in the server's memory for as long as the desk is
/// open, all day, per agent (docs/architecture.md, "The desk's memory"). This pins how many a desk
/// has with 20 chats in its inbox, so a change that adds components per row (or for a closed
/// menu) shows here before it shows on the server. If it goes down, lower the pin.
/// </summary>
public sealed class DeskComponentCountTests : MudTestContext
{
    // 30 since the app bar gained the wallboard link (one more AuthorizeView); the team analytics,
    // settings and audit links share one view, each shown by its own permission claim.
    private const int PinnedComponents = 30;

    [Fact]
    public async Task A_desk_with_twenty_inbox_rows_keeps_no_more_live_components_than_pinned()
    {
        var rows = Enumerable.Range(1, 20).Select(i => Row($"Customer {i}", status: i % 4 == 0 ? ConversationStatusDto.Offered : ConversationStatusDto.Queued,
            labels: i % 3 == 0 ? ["vip"] : [], startedMinutesAgo: i).Item).ToArray();
        await using var hub = await DeskHubStub.StartAsync(rows);
        Services.AddLogging();
        Services.AddSingleton(TimeProvider.System);
        Services.AddAuthentication().AddBearerToken(AuthSchemes.Bearer);
        Services.AddSingleton<CircuitTokens>();
        Services.AddSingleton(new LoopbackAddress(hub.Services.GetRequiredService<IServer>()));
        Services.AddScoped<CircuitBrowser>();
        Services.AddScoped<DeskState>();
        Authorization.SetAuthorized("jamie.agent").SetClaims(
            new Claim(ContactCenterClaims.UserId, Me.ToString()),
            new Claim(ContactCenterClaims.UserName, "jamie.agent"),
            new Claim(ContactCenterClaims.SecurityStamp, Guid.NewGuid().ToString()));
        Authorization.SetPolicies("perm:conversations.reply", "perm:agents.state.change-own", "perm:conversations.assign.own-queues", "perm:analytics.personal");

        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var desk = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b =>
        {
            b.OpenComponent<DeskPage>(0);
            b.CloseComponent();
        })));

        await desk.WaitForAssertionAsync(() => Assert.Equal(20, desk.FindAll("[data-testid=inbox-row]").Count));
        await desk.WaitForAssertionAsync(() => Assert.Equal("Ready", desk.Find("[data-testid=state-current]").GetAttribute("data-state")));
        var live = desk.FindComponents<IComponent>();
        Assert.True(live.Count <= PinnedComponents,
            $"The desk has {live.Count} live components, pinned at {PinnedComponents}: {string.Join(", ", live.GroupBy(c => c.Instance.GetType().Name).Select(g => $"{g.Key} {g.Count()}"))}");
        Assert.Equal(PinnedComponents, live.Count);
    }
}
