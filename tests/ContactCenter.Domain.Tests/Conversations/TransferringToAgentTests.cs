using ContactCenter.Domain.Conversations;
using static ContactCenter.Domain.Tests.Conversations.ConversationScenario;

namespace ContactCenter.Domain.Tests.Conversations;

/// <summary>Transfer to a named agent: an offer to them while the sender stays the owner (docs/domain.md, "Conversations").</summary>
public sealed class TransferringToAgentTests
{
    private static readonly Guid OfferId = Guid.Parse("0193a1b2-0000-7000-8000-00000000f001");
    private static readonly DateTimeOffset Until = Now.AddSeconds(20);
    private static readonly Author Supervisor = new(AuthorKind.Agent, Guid.Parse("0193a1b2-0000-7000-8000-00000000a009"), "Sam Supervisor");

    private static readonly TransferOffered Offered = new(ConversationId, AgentId, OtherAgentId, "Bob Stone", "support", OfferId, "Wants a refund", Until, Agent, Now);

    private static TransferToAgent ToBob(Author by, bool mayTransferAny = false, Guid? to = null) =>
        new(ConversationId, "support", to ?? OtherAgentId, "Bob Stone", OfferId, Until, "Wants a refund", by, Now, mayTransferAny);

    private static object[] Open => [.. Active, Offered];

    [Fact]
    public void The_owner_offers_it_to_a_named_agent_and_stays_the_owner_until_they_answer()
    {
        var state = Given(Active).When(ToBob(Agent)).Then(Offered).State;

        Assert.Equal((ConversationStatus.Active, AgentId, "sales"), (state.Status, state.AgentId, state.QueueId));
        Assert.Equal(new Conversation.PendingTransfer(OfferId, OtherAgentId, "Bob Stone", "support", Until), state.Transfer);
    }

    [Fact]
    public void A_supervisor_who_may_assign_any_conversation_offers_one_they_do_not_own() =>
        Given(Active).When(ToBob(Supervisor, mayTransferAny: true)).Then(Offered with { By = Supervisor });

    [Fact]
    public void Another_agent_may_not_transfer_it() =>
        Given(Active).When(ToBob(OtherAgent)).ThenRefused("not-participant");

    [Fact]
    public void The_owner_is_no_target_and_a_second_open_transfer_is_refused_while_a_repeat_changes_nothing()
    {
        Given(Active).When(ToBob(Agent, to: AgentId)).ThenRefused("owns-it-already");
        Given(Open).When(ToBob(Agent) with { OfferId = Guid.Parse("0193a1b2-0000-7000-8000-00000000f002") }).ThenRefused("transfer-open");
        Given(Open).When(ToBob(Agent)).ThenNothing();
    }

    [Fact]
    public void A_waiting_or_ended_conversation_is_not_transferred_to_an_agent()
    {
        Given(Queued).When(ToBob(Agent, mayTransferAny: true)).ThenRefused("not-answered");
        Given(WrapUp).When(ToBob(Agent)).ThenRefused("conversation-ended");
    }

    [Fact]
    public void Accepted_the_named_agent_owns_it_in_the_target_queue()
    {
        var state = Given(Open).When(new AcceptTransfer(ConversationId, OtherAgentId, Now.AddSeconds(5)))
            .Then(new TransferAccepted(ConversationId, AgentId, OtherAgentId, "Bob Stone", "sales", "support", OfferId, Now.AddSeconds(5))).State;

        Assert.Equal((ConversationStatus.Active, OtherAgentId, "support", null), (state.Status, state.AgentId, state.QueueId, state.Transfer));
        // Accepting twice is harmless; the old owner cannot accept for them.
        Given([.. Open, new TransferAccepted(ConversationId, AgentId, OtherAgentId, "Bob Stone", "sales", "support", OfferId, Now.AddSeconds(5))])
            .When(new AcceptTransfer(ConversationId, OtherAgentId, Now.AddSeconds(6))).ThenNothing();
        Given(Open).When(new AcceptTransfer(ConversationId, AgentId, Now.AddSeconds(5))).ThenRefused("no-transfer");
    }

    [Fact]
    public void Rejected_it_stays_with_the_sender_who_is_told_why()
    {
        var state = Given(Open).When(new RejectTransfer(ConversationId, OtherAgentId, Now.AddSeconds(5)))
            .Then(new TransferDeclined(ConversationId, AgentId, OtherAgentId, OfferId, "rejected", Now.AddSeconds(5))).State;

        Assert.Equal((ConversationStatus.Active, AgentId, null), (state.Status, state.AgentId, state.Transfer));
    }

    [Fact]
    public void A_transfer_times_out_as_it_is_accepted_and_exactly_one_of_them_wins()
    {
        // The expiry first: the accept finds nothing.
        var expired = new TransferDeclined(ConversationId, AgentId, OtherAgentId, OfferId, "expired", Until);
        Given(Open).When(new ExpireTransfer(ConversationId, OfferId, Until)).Then(expired);
        Given([.. Open, expired]).When(new AcceptTransfer(ConversationId, OtherAgentId, Until)).ThenRefused("no-transfer");
        // An accept at the deadline, before the router wrote the expiry, is refused too.
        Given(Open).When(new AcceptTransfer(ConversationId, OtherAgentId, Until)).ThenRefused("transfer-expired");
        // The accept first: the late expiry changes nothing.
        Given([.. Open, new TransferAccepted(ConversationId, AgentId, OtherAgentId, "Bob Stone", "sales", "support", OfferId, Now)])
            .When(new ExpireTransfer(ConversationId, OfferId, Until)).ThenNothing();
        // An expiry before the deadline (a clock that ran ahead on another node) changes nothing.
        Given(Open).When(new ExpireTransfer(ConversationId, OfferId, Now)).ThenNothing();
    }

    [Fact]
    public void A_transfer_accepted_as_the_customer_leaves_is_withdrawn_with_the_leaving_and_the_accept_loses()
    {
        var left = Given(Open).When(new LeaveAsCustomer(ConversationId, Now.AddSeconds(3)))
            .Then(new TransferDeclined(ConversationId, AgentId, OtherAgentId, OfferId, "ended", Now.AddSeconds(3)), new CustomerLeft(ConversationId, CustomerId, false, Now.AddSeconds(3)));

        Assert.Null(left.State.Transfer);
        Given([.. Open, .. left.Events]).When(new AcceptTransfer(ConversationId, OtherAgentId, Now.AddSeconds(4))).ThenRefused("conversation-ended");
    }

    [Fact]
    public void The_owner_ending_or_handing_it_to_a_queue_while_a_transfer_is_open_withdraws_the_transfer()
    {
        Given(Open).When(new EndConversation(ConversationId, Agent, Now))
            .Then(new TransferDeclined(ConversationId, AgentId, OtherAgentId, OfferId, "ended", Now), new ConversationEnded(ConversationId, Agent, Now));
        Given(Open).When(new TransferToQueue(ConversationId, "billing", null, Agent, Now))
            .Then(new TransferDeclined(ConversationId, AgentId, OtherAgentId, OfferId, "ended", Now), new ConversationTransferred(ConversationId, "sales", "billing", AgentId, null, Agent, Now));
    }

    [Fact]
    public void Only_the_named_agent_rejects_it() =>
        Given(Open).When(new RejectTransfer(ConversationId, AgentId, Now)).ThenRefused("no-transfer");
}
