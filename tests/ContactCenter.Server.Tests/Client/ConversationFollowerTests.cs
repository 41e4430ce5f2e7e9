using ContactCenter.Client.Realtime;
using ContactCenter.Contracts.Conversations;

namespace ContactCenter.Server.Tests.Client;

/// <summary>The client-side rule of docs/realtime.md, rule 1: apply version = last + 1, fetch on a gap, never twice.</summary>
public sealed class ConversationFollowerTests
{
    private static readonly Guid Chat = Guid.NewGuid();
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static ConversationEventDto Step(long version) => new(Chat, version, At, ConversationStatusDto.Active,
        new MessageStep(new MessageDto(Guid.NewGuid(), AuthorKindDto.Agent, "Jamie", $"message {version}")));

    [Fact]
    public async Task Reordered_and_repeated_pushes_come_out_once_and_in_order()
    {
        var stored = Enumerable.Range(1, 5).Select(v => Step(v)).ToList();
        var fetches = 0;
        using var follower = new ConversationFollower((_, after) =>
        {
            fetches++;
            return Task.FromResult<IReadOnlyList<ConversationEventDto>>([.. stored.Where(s => s.Version > after)]);
        });
        var applied = new List<long>();
        follower.StepApplied += s => applied.Add(s.Version);
        await follower.FollowAsync(Chat, afterVersion: 1);
        var fetchesAfterFollow = fetches;

        // Tried: 7 pushed while 6 is missing (a lost push), then 6 late, 7 again, and one from the past.
        stored.Add(Step(6));
        stored.Add(Step(7));
        await follower.ReceiveAsync(stored[6]);
        await follower.ReceiveAsync(stored[5]);
        await follower.ReceiveAsync(stored[6]);
        await follower.ReceiveAsync(stored[0]);

        Assert.Equal([2L, 3, 4, 5, 6, 7], applied);
        Assert.Equal(fetchesAfterFollow + 1, fetches);
        Assert.Equal(7, follower.VersionOf(Chat));
    }
}
