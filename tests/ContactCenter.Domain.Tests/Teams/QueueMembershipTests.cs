using ContactCenter.Domain.Access;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Teams;

namespace ContactCenter.Domain.Tests.Teams;

/// <summary>An agent belongs to a queue listed in their own queue list, or through a team the queue lists.</summary>
public sealed class QueueMembershipTests
{
    private static readonly StaffUser Bob = new()
    {
        Id = Guid.Parse("0193a1b2-0000-7000-8000-000000000020"),
        UserName = "bob",
        DisplayName = "Bob Stone",
        Email = "bob@example.com",
        Roles = [BuiltInRoles.Agent],
        PasswordHash = "hash",
        QueueIds = ["support"],
    };

    private static readonly Guid Someone = Guid.Parse("0193a1b2-0000-7000-8000-000000000021");
    private static readonly Team NightShift = new() { Id = "night-shift", Name = "Night shift", MemberIds = [Someone, Bob.Id] };
    private static readonly Team Billing = new() { Id = "billing", Name = "Billing", MemberIds = [Someone] };

    private static Queue QueueListing(string id, params string[] teams) => new() { Id = id, Name = id, ChannelId = "web-chat", MemberTeamIds = teams };

    [Fact]
    public void Without_teams_the_users_own_queues_are_theirs()
    {
        Assert.Equal(["support"], QueueMembership.QueuesOf(Bob, [], [QueueListing("support"), QueueListing("sales")]));
    }

    [Fact]
    public void A_queue_listing_a_team_of_the_user_is_theirs_after_their_own()
    {
        var queues = QueueMembership.QueuesOf(Bob, [NightShift, Billing], [QueueListing("vip", "night-shift"), QueueListing("sales", "night-shift"), QueueListing("support")]);

        Assert.Equal(["support", "sales", "vip"], queues);
    }

    [Fact]
    public void A_queue_listing_only_teams_the_user_is_not_in_is_not_theirs()
    {
        Assert.Equal(["support"], QueueMembership.QueuesOf(Bob, [NightShift, Billing], [QueueListing("billing", "billing")]));
    }

    [Fact]
    public void A_queue_reached_directly_and_through_a_team_counts_once()
    {
        Assert.Equal(["support"], QueueMembership.QueuesOf(Bob, [NightShift], [QueueListing("support", "night-shift")]));
    }

    [Fact]
    public void A_queue_listing_a_team_that_does_not_exist_gives_no_one_its_queue()
    {
        // Tried: a queue naming a team that was never created (or whose id was mistyped).
        Assert.Equal(["support"], QueueMembership.QueuesOf(Bob, [NightShift], [QueueListing("sales", "ghosts")]));
    }

    [Fact]
    public void The_grant_carries_the_queues_reached_through_teams()
    {
        var grant = AccessGrant.For(Bob, BuiltInRoles.All, [NightShift], [QueueListing("sales", "night-shift")]);

        Assert.Equal(["support", "sales"], grant.QueueIds);
        Assert.True(grant.IsMemberOf("sales"));
        Assert.Contains(Permissions.ConversationsReply, grant.Permissions);
    }
}
