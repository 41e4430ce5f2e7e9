using ContactCenter.Domain.Conversations;
using static ContactCenter.Domain.Tests.Conversations.ConversationScenario;
using static ContactCenter.Domain.Tests.Conversations.OfferScenario;

namespace ContactCenter.Domain.Tests.Conversations;

/// <summary>
/// The router's offers (docs/domain.md, "Routing"; docs/storage.md, "The router's leadership"): one agent at a time, accept or
/// reject within a timeout, back to the queue on a no, fenced by the router's epoch.
/// </summary>
public sealed class OfferingTests
{
    private static OfferConversation Offer(Guid agentId, string agentName, Guid offerId, long epoch = Epoch, DateTimeOffset? expiresAt = null) =>
        new(ConversationId, agentId, agentName, offerId, expiresAt ?? Now.AddSeconds(30), epoch, Now);

    private static OfferConversation OfferToAlice(Guid offerId, long epoch = Epoch) => Offer(AgentId, "Alice Martin", offerId, epoch);

    private static OfferConversation OfferToBob(Guid offerId, long epoch = Epoch) => Offer(OtherAgentId, "Bob Stone", offerId, epoch);

    private static AcceptOffer Accept(Guid agentId) => new(ConversationId, agentId, Now);

    private static RejectOffer Reject(Guid agentId) => new(ConversationId, agentId, Now);

    private static ExpireOffer Expire(Guid offerId, DateTimeOffset at) => new(ConversationId, offerId, at);

    // Offering

    [Fact]
    public void Offering_a_queued_conversation_reserves_it_for_the_agent_with_every_detail()
    {
        var expiresAt = Now.AddSeconds(20);

        Given(Queued)
            .When(new OfferConversation(ConversationId, AgentId, "Alice Martin", AliceOfferId, expiresAt, 7, Now))
            .Then(new ConversationOffered(ConversationId, AgentId, "Alice Martin", AliceOfferId, expiresAt, 7, Now));
    }

    [Fact]
    public void An_offered_conversation_holds_the_open_offer_and_the_epoch()
    {
        var state = Given(Queued).When(OfferToAlice(AliceOfferId, epoch: 7)).State;

        Assert.Equal(ConversationStatus.Offered, state.Status);
        Assert.Equal(new Conversation.PendingOffer(AliceOfferId, AgentId, "Alice Martin", Now.AddSeconds(30)), state.Offer);
        Assert.Equal(7, state.RouterEpoch);
        Assert.Null(state.AgentId);
        Assert.True(state.IsWaiting);
    }

    [Fact]
    public void An_offered_conversation_is_not_offered_to_a_second_agent()
    {
        Given(OfferedToAlice)
            .When(OfferToBob(BobOfferId))
            .ThenRefused("not-waiting");
    }

    [Fact]
    public void An_offered_conversation_is_not_offered_again_under_a_new_offer_id()
    {
        Given(OfferedToAlice)
            .When(OfferToAlice(BobOfferId))
            .ThenRefused("not-waiting");
    }

    public static TheoryData<object[]> NotWaiting => new()
    {
        AcceptedByAlice,
        ConversationScenario.Active,
        ConversationScenario.Pending,
        WrapUp,
        ConversationScenario.Resolved,
        Abandoned,
    };

    [Theory]
    [MemberData(nameof(NotWaiting))]
    public void A_conversation_that_is_not_waiting_cannot_be_offered(object[] given)
    {
        Given(given)
            .When(OfferToBob(BobOfferId))
            .ThenRefused("not-waiting");
    }

    [Fact]
    public void The_same_offer_again_is_a_no_op()
    {
        Given(OfferedToAlice)
            .When(OfferToAlice(AliceOfferId))
            .ThenNothing();
    }

    [Fact]
    public void The_same_offer_again_leaves_the_open_offer_as_it_was()
    {
        var state = Given(OfferedToAlice).When(OfferToAlice(AliceOfferId)).State;

        Assert.Equal(ConversationStatus.Offered, state.Status);
        Assert.Equal(AliceOfferId, state.Offer?.OfferId);
        Assert.Equal(OfferExpiresAt, state.Offer?.ExpiresAt);
    }

    // Fencing (docs/storage.md, "The router's leadership")

    [Fact]
    public void An_offer_of_an_older_router_epoch_is_refused()
    {
        Given(RejectedByAlice)
            .When(OfferToBob(BobOfferId, epoch: Epoch - 1))
            .ThenRefused("stale-router");
    }

    [Fact]
    public void An_offer_of_an_older_router_epoch_is_refused_while_the_newer_offer_is_open()
    {
        Given(OfferedToAlice)
            .When(OfferToBob(BobOfferId, epoch: Epoch - 1))
            .ThenRefused("stale-router");
    }

    [Fact]
    public void An_offer_of_the_same_router_epoch_is_accepted_when_queued()
    {
        Given(RejectedByAlice)
            .When(OfferToBob(BobOfferId, epoch: Epoch))
            .Then(new ConversationOffered(ConversationId, OtherAgentId, "Bob Stone", BobOfferId, Now.AddSeconds(30), Epoch, Now));
    }

    [Fact]
    public void An_offer_of_a_newer_router_epoch_is_accepted_when_queued_and_raises_the_epoch()
    {
        var outcome = Given(RejectedByAlice).When(OfferToBob(BobOfferId, epoch: Epoch + 1));

        outcome.Then(new ConversationOffered(ConversationId, OtherAgentId, "Bob Stone", BobOfferId, Now.AddSeconds(30), Epoch + 1, Now));
        Assert.Equal(Epoch + 1, outcome.State.RouterEpoch);
    }

    [Fact]
    public void The_epoch_seen_is_remembered_after_the_offer_ends()
    {
        Assert.Equal(Epoch, Fold(RejectedByAlice)!.RouterEpoch);
        Assert.Equal(Epoch, Fold(ExpiredForAlice)!.RouterEpoch);
        Assert.Equal(Epoch, Fold(AcceptedByAlice)!.RouterEpoch);
    }

    [Fact]
    public void The_first_offer_is_accepted_whatever_its_epoch()
    {
        Given(Queued)
            .When(OfferToAlice(AliceOfferId, epoch: 0))
            .Then(new ConversationOffered(ConversationId, AgentId, "Alice Martin", AliceOfferId, Now.AddSeconds(30), 0, Now));
    }

    // Declined agents

    [Fact]
    public void An_agent_who_rejected_it_is_not_offered_it_again()
    {
        Given(RejectedByAlice)
            .When(OfferToAlice(BobOfferId))
            .ThenRefused("already-declined");
    }

    [Fact]
    public void An_agent_who_let_it_expire_is_not_offered_it_again()
    {
        Given(ExpiredForAlice)
            .When(OfferToAlice(BobOfferId))
            .ThenRefused("already-declined");
    }

    [Fact]
    public void After_a_rejection_it_can_be_offered_to_another_agent()
    {
        Given(RejectedByAlice)
            .When(OfferToBob(BobOfferId))
            .Then(new ConversationOffered(ConversationId, OtherAgentId, "Bob Stone", BobOfferId, Now.AddSeconds(30), Epoch, Now));
    }

    [Fact]
    public void After_an_expiry_it_can_be_offered_to_another_agent()
    {
        var outcome = Given(ExpiredForAlice).When(OfferToBob(BobOfferId));

        outcome.Then(new ConversationOffered(ConversationId, OtherAgentId, "Bob Stone", BobOfferId, Now.AddSeconds(30), Epoch, Now));
        Assert.Equal(ConversationStatus.Offered, outcome.State.Status);
        Assert.Equal(OtherAgentId, outcome.State.Offer?.AgentId);
        Assert.Contains(AgentId, outcome.State.DeclinedBy);
    }

    // Accepting

    [Fact]
    public void The_offered_agent_accepts_it_under_the_name_the_offer_carried()
    {
        Given(OfferedToAlice)
            .When(Accept(AgentId))
            .Then(new OfferAccepted(ConversationId, AgentId, "Alice Martin", AliceOfferId, Now));
    }

    [Fact]
    public void An_accepted_conversation_is_active_and_owned_by_the_agent()
    {
        var state = Given(OfferedToAlice).When(Accept(AgentId)).State;

        Assert.Equal(ConversationStatus.Active, state.Status);
        Assert.Equal(AgentId, state.AgentId);
        Assert.Null(state.Offer);
        Assert.False(state.IsWaiting);
    }

    [Fact]
    public void The_offered_agent_cannot_post_before_accepting()
    {
        Given(OfferedToAlice)
            .When(new PostMessage(ConversationId, MessageId, Agent, "Hello, Alice here", Now))
            .ThenRefused("not-answered");
    }

    [Fact]
    public void The_agent_who_accepted_may_post_messages()
    {
        Given(AcceptedByAlice)
            .When(new PostMessage(ConversationId, MessageId, Agent, "Hello, Alice here", Now))
            .Then(new MessagePosted(ConversationId, MessageId, Agent, "Hello, Alice here", Now));
    }

    [Fact]
    public void Another_agent_cannot_accept_an_offer_made_to_someone_else()
    {
        Given(OfferedToAlice)
            .When(Accept(OtherAgentId))
            .ThenRefused("not-offered");
    }

    public static TheoryData<object[]> NoOpenOffer => new() { Queued, RejectedByAlice, ExpiredForAlice };

    [Theory]
    [MemberData(nameof(NoOpenOffer))]
    public void Nobody_can_accept_without_an_open_offer(object[] given)
    {
        Given(given)
            .When(Accept(AgentId))
            .ThenRefused("not-offered");
    }

    [Fact]
    public void Another_agent_cannot_accept_once_it_is_owned()
    {
        Given(AcceptedByAlice)
            .When(Accept(OtherAgentId))
            .ThenRefused("not-offered");
    }

    [Fact]
    public void Accepting_again_after_becoming_the_owner_is_a_no_op()
    {
        Given(AcceptedByAlice)
            .When(Accept(AgentId))
            .ThenNothing();
    }

    // Rejecting

    [Fact]
    public void The_offered_agent_rejects_it()
    {
        Given(OfferedToAlice)
            .When(Reject(AgentId))
            .Then(new OfferDeclined(ConversationId, AgentId, AliceOfferId, "rejected", Now));
    }

    [Fact]
    public void A_rejected_conversation_is_queued_again_without_an_offer_or_owner()
    {
        var state = Given(OfferedToAlice).When(Reject(AgentId)).State;

        Assert.Equal(ConversationStatus.Queued, state.Status);
        Assert.Null(state.Offer);
        Assert.Null(state.AgentId);
        Assert.Equal(AgentId, Assert.Single(state.DeclinedBy));
    }

    [Fact]
    public void Another_agent_cannot_reject_an_offer_made_to_someone_else()
    {
        Given(OfferedToAlice)
            .When(Reject(OtherAgentId))
            .ThenRefused("not-offered");
    }

    public static TheoryData<object[]> NothingToReject => new() { Queued, RejectedByAlice, AcceptedByAlice };

    [Theory]
    [MemberData(nameof(NothingToReject))]
    public void Nobody_can_reject_without_an_open_offer(object[] given)
    {
        Given(given)
            .When(Reject(AgentId))
            .ThenRefused("not-offered");
    }

    // Expiring

    [Fact]
    public void An_offer_expires_exactly_at_its_expiry_time()
    {
        Given(OfferedToAlice)
            .When(Expire(AliceOfferId, OfferExpiresAt))
            .Then(new OfferDeclined(ConversationId, AgentId, AliceOfferId, "expired", OfferExpiresAt));
    }

    [Fact]
    public void An_offer_expires_after_its_expiry_time()
    {
        var late = OfferExpiresAt.AddSeconds(5);

        Given(OfferedToAlice)
            .When(Expire(AliceOfferId, late))
            .Then(new OfferDeclined(ConversationId, AgentId, AliceOfferId, "expired", late));
    }

    [Fact]
    public void An_expired_offer_puts_it_back_in_the_queue_and_remembers_the_agent()
    {
        var state = Given(OfferedToAlice).When(Expire(AliceOfferId, OfferExpiresAt)).State;

        Assert.Equal(ConversationStatus.Queued, state.Status);
        Assert.Null(state.Offer);
        Assert.Null(state.AgentId);
        Assert.Equal(AgentId, Assert.Single(state.DeclinedBy));
    }

    [Fact]
    public void An_offer_does_not_expire_before_its_time()
    {
        Given(OfferedToAlice)
            .When(Expire(AliceOfferId, OfferExpiresAt.AddTicks(-1)))
            .ThenNothing();
    }

    [Fact]
    public void Expiring_with_an_unknown_offer_id_is_a_no_op()
    {
        Given(OfferedToAlice)
            .When(Expire(Guid.Parse("0193a1b2-0000-7000-8000-0000000f00ff"), OfferExpiresAt.AddMinutes(1)))
            .ThenNothing();
    }

    [Fact]
    public void Expiring_an_old_offer_leaves_the_newer_one_open()
    {
        object[] offeredToBob =
        [
            .. RejectedByAlice,
            new ConversationOffered(ConversationId, OtherAgentId, "Bob Stone", BobOfferId, OfferExpiresAt.AddMinutes(1), Epoch, OfferAt.AddSeconds(20)),
        ];

        Given(offeredToBob)
            .When(Expire(AliceOfferId, OfferExpiresAt.AddMinutes(5)))
            .ThenNothing();
    }

    [Fact]
    public void Expiring_after_the_accept_is_a_no_op()
    {
        Given(AcceptedByAlice)
            .When(Expire(AliceOfferId, OfferExpiresAt.AddMinutes(1)))
            .ThenNothing();
    }

    [Fact]
    public void Expiring_again_after_the_expiry_is_a_no_op()
    {
        Given(ExpiredForAlice)
            .When(Expire(AliceOfferId, OfferExpiresAt.AddMinutes(1)))
            .ThenNothing();
    }

    [Fact]
    public void Expiring_after_a_rejection_is_a_no_op()
    {
        Given(RejectedByAlice)
            .When(Expire(AliceOfferId, OfferExpiresAt.AddMinutes(1)))
            .ThenNothing();
    }

    // Other commands while offered

    [Fact]
    public void The_customer_leaving_while_offered_abandons_it()
    {
        var outcome = Given(OfferedToAlice).When(new LeaveAsCustomer(ConversationId, Now));

        outcome.Then(new CustomerLeft(ConversationId, CustomerId, true, Now));
        Assert.Equal(ConversationStatus.Abandoned, outcome.State.Status);
    }

    // Never two agents at once: a manual take waits until the open offer is answered or expires.
    [Fact]
    public void A_manual_assign_while_offered_is_refused() =>
        Given(OfferedToAlice).When(new AssignConversation(ConversationId, OtherAgentId, "Bob Stone", OtherAgent, Now)).ThenRefused("being-offered");

    [Fact]
    public void After_the_customer_left_an_offer_can_no_longer_be_accepted_rejected_or_expired()
    {
        object[] left = [.. OfferedToAlice, new CustomerLeft(ConversationId, CustomerId, true, Now)];

        Given(left).When(new AcceptOffer(ConversationId, AgentId, Now)).ThenRefused("not-offered");
        Given(left).When(new RejectOffer(ConversationId, AgentId, Now)).ThenRefused("not-offered");
        Assert.Equal(ConversationStatus.Abandoned, Given(left).When(new ExpireOffer(ConversationId, Fold(OfferedToAlice)!.Offer!.OfferId, Now.AddHours(1))).State.Status);
    }

    // The whole round

    [Fact]
    public void Offered_expired_offered_to_another_and_accepted_ends_with_the_second_agent_owning_it()
    {
        object[] offeredToBob =
        [
            .. ExpiredForAlice,
            new ConversationOffered(ConversationId, OtherAgentId, "Bob Stone", BobOfferId, OfferExpiresAt.AddMinutes(1), Epoch, OfferExpiresAt.AddSeconds(1)),
        ];

        var outcome = Given(offeredToBob).When(Accept(OtherAgentId));

        outcome.Then(new OfferAccepted(ConversationId, OtherAgentId, "Bob Stone", BobOfferId, Now));
        Assert.Equal(ConversationStatus.Active, outcome.State.Status);
        Assert.Equal(OtherAgentId, outcome.State.AgentId);
        Assert.Equal(AgentId, Assert.Single(outcome.State.DeclinedBy));
    }
}

/// <summary>The offer histories the offering tests share, on top of <see cref="ConversationScenario"/>.</summary>
internal static class OfferScenario
{
    public const long Epoch = 3;
    public static readonly Guid AliceOfferId = Guid.Parse("0193a1b2-0000-7000-8000-0000000f0001");
    public static readonly Guid BobOfferId = Guid.Parse("0193a1b2-0000-7000-8000-0000000f0002");
    public static readonly DateTimeOffset OfferAt = ConversationScenario.T0.AddMinutes(1);
    public static readonly DateTimeOffset OfferExpiresAt = OfferAt.AddSeconds(30);

    public static readonly ConversationOffered OfferedAlice = new(
        ConversationScenario.ConversationId, ConversationScenario.AgentId, "Alice Martin", AliceOfferId, OfferExpiresAt, Epoch, OfferAt);

    public static readonly OfferAccepted AliceAccepted = new(
        ConversationScenario.ConversationId, ConversationScenario.AgentId, "Alice Martin", AliceOfferId, OfferAt.AddSeconds(10));

    public static readonly OfferDeclined AliceRejected = new(
        ConversationScenario.ConversationId, ConversationScenario.AgentId, AliceOfferId, "rejected", OfferAt.AddSeconds(10));

    public static readonly OfferDeclined AliceExpired = new(
        ConversationScenario.ConversationId, ConversationScenario.AgentId, AliceOfferId, "expired", OfferExpiresAt);

    public static object[] OfferedToAlice => [ConversationScenario.Started, OfferedAlice];
    public static object[] AcceptedByAlice => [.. OfferedToAlice, AliceAccepted];
    public static object[] RejectedByAlice => [.. OfferedToAlice, AliceRejected];
    public static object[] ExpiredForAlice => [.. OfferedToAlice, AliceExpired];
}
