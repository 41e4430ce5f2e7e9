using Bunit;
using ContactCenter.Server.Components.Agent;

namespace ContactCenter.UI.Tests.Agent;

/// <summary>The app bar tells the agent what keeps offer alerts from reaching them, and how to fix it.</summary>
public sealed class AlertIndicatorsTests : MudTestContext
{
    [Fact]
    public void Locked_sound_shows_the_hint_and_a_click_on_it_unlocks()
    {
        var unlocked = false;
        var bar = Render<AlertIndicators>(p => p.Add(a => a.SoundLocked, true).Add(a => a.NotifyPermission, "granted")
            .Add(a => a.OnUnlockSound, () => unlocked = true));

        bar.Find("[data-testid=sound-hint]").Click();

        Assert.Contains("Click to enable sound", bar.Find("[data-testid=sound-hint]").TextContent, StringComparison.Ordinal);
        Assert.True(unlocked);
    }

    [Fact]
    public void Permission_not_asked_yet_offers_a_button_that_asks()
    {
        var asked = 0;
        var bar = Render<AlertIndicators>(p => p.Add(a => a.NotifyPermission, "default").Add(a => a.OnEnableNotifications, () => asked++));

        bar.Find("[data-testid=notify-enable]").Click();

        Assert.Equal(1, asked);
        Assert.Empty(bar.FindAll("[data-testid=notify-blocked]"));
    }

    [Fact]
    public void Blocked_notifications_show_how_to_allow_them()
    {
        var bar = Render<AlertIndicators>(p => p.Add(a => a.NotifyPermission, "denied"));

        Assert.Equal(AlertIndicators.BlockedHelp, bar.Find("[data-testid=notify-blocked]").GetAttribute("aria-label"));
        Assert.Contains("set Notifications to Allow", AlertIndicators.BlockedHelp, StringComparison.Ordinal);
        Assert.Empty(bar.FindAll("[data-testid=notify-enable]"));
    }

    [Theory]
    [InlineData("granted")]
    [InlineData("unsupported")]
    public void Nothing_shows_when_alerts_can_reach_the_agent_or_the_browser_has_no_notifications(string permission)
    {
        var bar = Render<AlertIndicators>(p => p.Add(a => a.NotifyPermission, permission));

        Assert.Empty(bar.FindAll("[data-testid=sound-hint], [data-testid=notify-enable], [data-testid=notify-blocked]"));
    }
}
