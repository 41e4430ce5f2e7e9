using Bunit;
using ContactCenter.Server.Components.Agent.Conference;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.UI.Tests.Agent;

public sealed class InvitationToastTests : MudTestContext
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Chat = Guid.Parse("0193a000-0000-7000-8000-0000000000c1");
    private readonly FakeTimeProvider _clock = new(Now);

    public InvitationToastTests() => Services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public async Task Says_who_invites_counts_down_and_answers_with_the_chat_until_the_time_runs_out()
    {
        var (joined, declined) = (new List<Guid>(), new List<Guid>());
        var toast = Render<InvitationToast>(p => p
            .Add(t => t.Invitation, new Invitation(Chat, "Jamie Agent", Now.AddSeconds(20)))
            .Add(t => t.OnAccept, id => joined.Add(id))
            .Add(t => t.OnDecline, id => declined.Add(id)));

        Assert.Equal("Jamie Agent invites you to join a chat", toast.Find("[data-testid=invitation-title]").TextContent.Trim());
        Assert.Equal("20 s", toast.Find("[data-testid=invitation-countdown]").TextContent.Trim());
        await toast.Find("[data-testid=invitation-accept]").ClickAsync(new());
        await toast.Find("[data-testid=invitation-decline]").ClickAsync(new());
        Assert.Equal(([Chat], [Chat]), (joined.ToArray(), declined.ToArray()), new ArraysOf());

        _clock.Advance(TimeSpan.FromSeconds(20));
        await toast.WaitForAssertionAsync(() => Assert.True(toast.Find("[data-testid=invitation-accept]").HasAttribute("disabled")));
        Assert.Equal("0 s", toast.Find("[data-testid=invitation-countdown]").TextContent.Trim());
    }

    private sealed class ArraysOf : IEqualityComparer<(Guid[], Guid[])>
    {
        public bool Equals((Guid[], Guid[]) x, (Guid[], Guid[]) y) => x.Item1.SequenceEqual(y.Item1) && x.Item2.SequenceEqual(y.Item2);

        public int GetHashCode((Guid[], Guid[]) obj) => obj.Item1.Length;
    }
}
