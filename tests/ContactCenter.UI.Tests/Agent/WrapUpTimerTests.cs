using Bunit;
using ContactCenter.Server.Components.Agent.WrapUp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.UI.Tests.Agent;

public sealed class WrapUpTimerTests : MudTestContext
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);

    public WrapUpTimerTests() => Services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public void Counts_down_to_the_queues_wrap_up_end_and_says_when_the_time_is_up()
    {
        var timer = Render<WrapUpTimer>(p => p.Add(t => t.Until, Now.AddSeconds(75)));
        Assert.Equal("Wrap-up · 1:15 left", timer.Find("[data-testid=wrap-up-timer]").TextContent.Trim());

        _clock.Advance(TimeSpan.FromSeconds(65.5));
        timer.WaitForAssertion(() => Assert.Equal("Wrap-up · 0:10 left", timer.Find("[data-testid=wrap-up-timer]").TextContent.Trim()));

        _clock.Advance(TimeSpan.FromSeconds(10));
        timer.WaitForAssertion(() => Assert.Equal("Wrap-up time is up", timer.Find("[data-testid=wrap-up-timer]").TextContent.Trim()));
    }
}
