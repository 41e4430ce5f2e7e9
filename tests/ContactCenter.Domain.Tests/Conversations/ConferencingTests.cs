using ContactCenter.Domain.Conversations;
using static ContactCenter.Domain.Tests.Conversations.ConversationScenario;

namespace ContactCenter.Domain.Tests.Conversations;

/// <summary>Conference and leave: guests invited by the owner join, reply and leave; an owner leaving hands on or re-queues (docs/domain.md, "Conference").</summary>
public sealed class ConferencingTests
{
    private static readonly Guid CarolId = Guid.Parse("0193a1b2-0000-7000-8000-00000000a003");
    private static readonly Author Carol = new(AuthorKind.Agent, CarolId, "Carol Guest");
    private static readonly Guid BobInvite = Guid.Parse("0193a1b2-0000-7000-8000-00000000f101");
    private static readonly Guid CarolInvite = Guid.Parse("0193a1b2-0000-7000-8000-00000000f102");
    private static readonly DateTimeOffset Until = Now.AddSeconds(20);

    private static InviteToConference Invite(Author by, params Invitee[] agents) => new(ConversationId, agents, Until, by, Now);

    private static readonly Invitee Bob = new(OtherAgentId, "Bob Stone", BobInvite);
    private static readonly Invitee CarolInvitee = new(CarolId, "Carol Guest", CarolInvite);
    private static readonly ConferenceInvited BobInvited = new(ConversationId, BobInvite, OtherAgentId, "Bob Stone", Until, Agent, Now);
    private static readonly ConferenceInvited CarolInvited = new(ConversationId, CarolInvite, CarolId, "Carol Guest", Until, Agent, Now);
    private static readonly ConferenceJoined BobJoined = new(ConversationId, BobInvite, OtherAgentId, "Bob Stone", Now.AddSeconds(2));
    private static readonly ConferenceJoined CarolJoined = new(ConversationId, CarolInvite, CarolId, "Carol Guest", Now.AddSeconds(3));

    private static object[] WithGuests => [.. Active, BobInvited, CarolInvited, BobJoined, CarolJoined];

    [Fact]
    public void The_owner_invites_several_agents_at_once_and_a_repeat_leaves_out_those_already_invited()
    {
        Given(Active).When(Invite(Agent, Bob, CarolInvitee)).Then(BobInvited, CarolInvited);
        Given([.. Active, BobInvited]).When(Invite(Agent, Bob with { InviteId = Guid.NewGuid() })).ThenNothing();
        Given([.. Active, BobInvited, BobJoined]).When(Invite(Agent, Bob with { InviteId = Guid.NewGuid() }, CarolInvitee)).Then(CarolInvited);
    }

    [Fact]
    public void Only_the_owner_of_an_answered_chat_invites_and_never_themselves()
    {
        Given(Active).When(Invite(OtherAgent, CarolInvitee)).ThenRefused("not-participant");
        Given(Active).When(Invite(Agent, new Invitee(AgentId, "Alice Martin", Guid.NewGuid()))).ThenRefused("owns-it-already");
        Given(Queued).When(Invite(Agent, Bob)).ThenRefused("not-answered");
        Given(WrapUp).When(Invite(Agent, Bob)).ThenRefused("conversation-ended");
        Given(Active).When(Invite(Agent)).ThenRefused("no-invitees");
    }

    [Fact]
    public void An_invited_agent_joins_as_a_guest_and_replies_while_the_owner_stays_the_owner()
    {
        var state = Given([.. Active, BobInvited]).When(new AcceptInvitation(ConversationId, OtherAgentId, Now.AddSeconds(2))).Then(BobJoined).State;

        Assert.Equal((AgentId, 0), (state.AgentId, state.Invitations.Count));
        Assert.Equal([new Conversation.Participant(OtherAgentId, "Bob Stone", Now.AddSeconds(2))], state.Guests);
        var reply = new PostMessage(ConversationId, Guid.NewGuid(), OtherAgent, "Bob here, from billing.", Now.AddSeconds(3));
        Given([.. Active, BobInvited, BobJoined]).When(reply).Then(new MessagePosted(ConversationId, reply.MessageId, OtherAgent, "Bob here, from billing.", reply.Now));
    }

    [Fact]
    public void An_accept_is_the_invited_agents_own_once_and_before_the_deadline()
    {
        Given([.. Active, BobInvited]).When(new AcceptInvitation(ConversationId, CarolId, Now)).ThenRefused("no-invitation");
        Given([.. Active, BobInvited, BobJoined]).When(new AcceptInvitation(ConversationId, OtherAgentId, Now.AddSeconds(4))).ThenNothing();
        Given([.. Active, BobInvited]).When(new AcceptInvitation(ConversationId, OtherAgentId, Until)).ThenRefused("invitation-expired");
        Given([.. Active, BobInvited]).When(new DeclineInvitation(ConversationId, OtherAgentId, Now))
            .Then(new ConferenceDeclined(ConversationId, BobInvite, OtherAgentId, "rejected", Now));
    }

    [Fact]
    public void Two_invited_agents_accepting_at_once_both_join_in_the_order_written()
    {
        var first = Given([.. Active, BobInvited, CarolInvited]).When(new AcceptInvitation(ConversationId, CarolId, Now.AddSeconds(3)));
        var state = Given([.. Active, BobInvited, CarolInvited, .. first.Events]).When(new AcceptInvitation(ConversationId, OtherAgentId, Now.AddSeconds(3))).State;

        Assert.Equal([CarolId, OtherAgentId], state.Guests.Select(g => g.AgentId));
    }

    [Fact]
    public void A_guest_leaves_and_may_no_longer_reply()
    {
        var state = Given(WithGuests).When(new LeaveConversation(ConversationId, OtherAgent, Now.AddMinutes(1)))
            .Then(new ParticipantLeft(ConversationId, OtherAgentId, "Bob Stone", false, null, null, false, Now.AddMinutes(1))).State;

        Assert.Equal([CarolId], state.Guests.Select(g => g.AgentId));
        Given([.. WithGuests, new ParticipantLeft(ConversationId, OtherAgentId, "Bob Stone", false, null, null, false, Now.AddMinutes(1))])
            .When(new PostMessage(ConversationId, Guid.NewGuid(), OtherAgent, "Still here?", Now.AddMinutes(2))).ThenRefused("not-participant");
    }

    [Fact]
    public void The_owner_leaving_hands_the_chat_to_the_longest_present_guest()
    {
        var state = Given(WithGuests).When(new LeaveConversation(ConversationId, Agent, Now.AddMinutes(1)))
            .Then(new ParticipantLeft(ConversationId, AgentId, "Alice Martin", true, OtherAgentId, "Bob Stone", false, Now.AddMinutes(1))).State;

        Assert.Equal((ConversationStatus.Active, OtherAgentId), (state.Status, state.AgentId));
        Assert.Equal([CarolId], state.Guests.Select(g => g.AgentId));
    }

    [Fact]
    public void The_owner_leaving_re_queues_it_when_the_queue_says_so_or_no_guest_remains_and_is_not_offered_it_again()
    {
        var left = new ParticipantLeft(ConversationId, AgentId, "Alice Martin", true, null, null, true, Now.AddMinutes(1));

        var requeued = Given(WithGuests).When(new LeaveConversation(ConversationId, Agent, Now.AddMinutes(1), Requeue: true)).Then(left).State;
        var alone = Given(Active).When(new LeaveConversation(ConversationId, Agent, Now.AddMinutes(1))).Then(left).State;

        Assert.Equal((ConversationStatus.Queued, null, 0, Now.AddMinutes(1)), (requeued.Status, requeued.AgentId, requeued.Guests.Count, requeued.QueuedAt));
        Assert.Contains(AgentId, alone.DeclinedBy);
    }

    [Fact]
    public void Someone_not_in_it_cannot_leave_and_an_ended_chat_is_not_left()
    {
        Given(Active).When(new LeaveConversation(ConversationId, OtherAgent, Now)).ThenRefused("not-in-conversation");
        Given(WrapUp).When(new LeaveConversation(ConversationId, Agent, Now)).ThenRefused("conversation-ended");
    }

    [Fact]
    public void The_owner_leaving_while_a_transfer_is_open_withdraws_it_in_the_same_commit()
    {
        var offerId = Guid.NewGuid();
        var offered = new TransferOffered(ConversationId, AgentId, OtherAgentId, "Bob Stone", "support", offerId, null, Now.AddSeconds(20), Agent, Now);

        var state = Given([.. Active, offered]).When(new LeaveConversation(ConversationId, Agent, Now.AddSeconds(1)))
            .Then(new TransferDeclined(ConversationId, AgentId, OtherAgentId, offerId, "ended", Now.AddSeconds(1)),
                new ParticipantLeft(ConversationId, AgentId, "Alice Martin", true, null, null, true, Now.AddSeconds(1))).State;

        Assert.Null(state.Transfer);
        Given([.. Active, offered, .. new object[] { new TransferDeclined(ConversationId, AgentId, OtherAgentId, offerId, "ended", Now.AddSeconds(1)) }])
            .When(new AcceptTransfer(ConversationId, OtherAgentId, Now.AddSeconds(2))).ThenRefused("no-transfer");
    }

    [Fact]
    public void The_end_withdraws_open_invitations_and_a_late_accept_finds_the_chat_ended()
    {
        var ended = new ConversationEnded(ConversationId, Agent, Now.AddSeconds(1));

        Given([.. Active, BobInvited]).When(new EndConversation(ConversationId, Agent, Now.AddSeconds(1)))
            .Then(new ConferenceDeclined(ConversationId, BobInvite, OtherAgentId, "ended", Now.AddSeconds(1)), ended);
        Given([.. Active, BobInvited, new ConferenceDeclined(ConversationId, BobInvite, OtherAgentId, "ended", Now.AddSeconds(1)), ended])
            .When(new AcceptInvitation(ConversationId, OtherAgentId, Now.AddSeconds(2))).ThenRefused("conversation-ended");
    }

    [Fact]
    public void A_guest_accepting_a_transfer_becomes_the_owner_and_no_longer_a_guest()
    {
        var offerId = Guid.NewGuid();
        var offered = new TransferOffered(ConversationId, AgentId, OtherAgentId, "Bob Stone", "sales", offerId, null, Now.AddMinutes(1), Agent, Now.AddSeconds(5));

        var state = Given([.. WithGuests, offered]).When(new AcceptTransfer(ConversationId, OtherAgentId, Now.AddSeconds(6))).State;

        Assert.Equal(OtherAgentId, state.AgentId);
        Assert.Equal([CarolId], state.Guests.Select(g => g.AgentId));
    }
}
