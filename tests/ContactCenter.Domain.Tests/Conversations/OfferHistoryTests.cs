using ContactCenter.Domain.Conversations;
using static ContactCenter.Domain.Tests.Conversations.ConversationScenario;
using static ContactCenter.Domain.Tests.Conversations.OfferScenario;

namespace ContactCenter.Domain.Tests.Conversations;

/// <summary>The history row of an offered conversation: offered, accepted or declined.</summary>
public sealed class OfferHistoryTests
{
    private static readonly ConversationOffered OfferedBob = new(
        ConversationId, OtherAgentId, "Bob Stone", BobOfferId, OfferExpiresAt.AddMinutes(1), Epoch, OfferExpiresAt.AddSeconds(1));

    private static readonly OfferDeclined BobRejected = new(ConversationId, OtherAgentId, BobOfferId, "rejected", OfferExpiresAt.AddSeconds(20));

    private static ConversationHistory History(params object[] events) =>
        events.Cast<ConversationEvent>().Aggregate((ConversationHistory?)null, ConversationHistory.Evolve)!;

    [Fact]
    public void An_offer_makes_it_offered_to_the_agent_until_its_expiry()
    {
        var history = History([.. OfferedToAlice]);

        Assert.Equal(ConversationStatus.Offered, history.Status);
        Assert.Equal(AgentId, history.OfferedTo);
        Assert.Equal(AliceOfferId, history.OfferId);
        Assert.Equal(OfferExpiresAt, history.OfferExpiresAt);
    }

    [Fact]
    public void An_offer_is_not_an_answer()
    {
        var history = History([.. OfferedToAlice]);

        Assert.Null(history.AgentId);
        Assert.Null(history.AgentName);
        Assert.Null(history.AnsweredAt);
        Assert.Empty(history.DeclinedBy);
        Assert.Equal(T0, history.StartedAt);
    }

    [Fact]
    public void An_accept_makes_it_active_and_answered_by_the_agent()
    {
        var history = History([.. AcceptedByAlice]);

        Assert.Equal(ConversationStatus.Active, history.Status);
        Assert.Equal(AgentId, history.AgentId);
        Assert.Equal("Alice Martin", history.AgentName);
        Assert.Equal(AliceAccepted.At, history.AnsweredAt);
        Assert.Equal(AliceAccepted.At, history.LastActivityAt);
    }

    [Fact]
    public void An_accept_clears_the_offer()
    {
        var history = History([.. AcceptedByAlice]);

        Assert.Null(history.OfferedTo);
        Assert.Null(history.OfferId);
        Assert.Null(history.OfferExpiresAt);
        Assert.Empty(history.DeclinedBy);
    }

    [Fact]
    public void An_accept_keeps_the_start_so_the_wait_runs_from_it()
    {
        var history = History([.. AcceptedByAlice]);

        Assert.Equal(T0, history.StartedAt);
        Assert.Equal(AliceAccepted.At - T0, history.AnsweredAt - history.StartedAt);
    }

    public static TheoryData<string> Reasons => new() { "rejected", "expired" };

    [Theory]
    [MemberData(nameof(Reasons))]
    public void A_decline_puts_it_back_in_the_queue_without_an_offer(string reason)
    {
        var history = History([.. OfferedToAlice, new OfferDeclined(ConversationId, AgentId, AliceOfferId, reason, OfferExpiresAt)]);

        Assert.Equal(ConversationStatus.Queued, history.Status);
        Assert.Null(history.OfferedTo);
        Assert.Null(history.OfferId);
        Assert.Null(history.OfferExpiresAt);
        Assert.Equal([AgentId], history.DeclinedBy);
    }

    [Fact]
    public void A_decline_is_not_an_answer()
    {
        var history = History([.. RejectedByAlice]);

        Assert.Null(history.AgentId);
        Assert.Null(history.AgentName);
        Assert.Null(history.AnsweredAt);
    }

    [Fact]
    public void A_decline_keeps_the_start_so_it_stays_ahead_of_newer_conversations()
    {
        var declined = History([.. ExpiredForAlice]);
        var newer = History(new ConversationStarted(Guid.Parse("0193a1b2-0000-7000-8000-00000000c0ff"), CustomerId, "sales", "web-chat", OfferAt.AddSeconds(5)));

        Assert.Equal(T0, declined.StartedAt);
        Assert.True(declined.StartedAt < newer.StartedAt);
    }

    [Fact]
    public void A_second_offer_after_a_decline_shows_the_new_agent_and_offer()
    {
        var history = History([.. RejectedByAlice, OfferedBob]);

        Assert.Equal(ConversationStatus.Offered, history.Status);
        Assert.Equal(OtherAgentId, history.OfferedTo);
        Assert.Equal(BobOfferId, history.OfferId);
        Assert.Equal(OfferedBob.ExpiresAt, history.OfferExpiresAt);
        Assert.Equal([AgentId], history.DeclinedBy);
    }

    [Fact]
    public void Declines_accumulate_in_order()
    {
        var history = History([.. ExpiredForAlice, OfferedBob, BobRejected]);

        Assert.Equal(ConversationStatus.Queued, history.Status);
        Assert.Equal([AgentId, OtherAgentId], history.DeclinedBy);
        Assert.Equal(T0, history.StartedAt);
    }

    [Fact]
    public void An_accept_after_a_decline_is_answered_by_the_second_agent_and_keeps_the_declines()
    {
        var bobAccepted = new OfferAccepted(ConversationId, OtherAgentId, "Bob Stone", BobOfferId, OfferExpiresAt.AddSeconds(30));

        var history = History([.. RejectedByAlice, OfferedBob, bobAccepted]);

        Assert.Equal(ConversationStatus.Active, history.Status);
        Assert.Equal(OtherAgentId, history.AgentId);
        Assert.Equal("Bob Stone", history.AgentName);
        Assert.Equal(bobAccepted.At, history.AnsweredAt);
        Assert.Null(history.OfferedTo);
        Assert.Null(history.OfferId);
        Assert.Null(history.OfferExpiresAt);
        Assert.Equal([AgentId], history.DeclinedBy);
        Assert.Equal(T0, history.StartedAt);
    }

    [Fact]
    public void The_customer_leaving_while_offered_abandons_it()
    {
        var history = History([.. OfferedToAlice, new CustomerLeft(ConversationId, CustomerId, true, OfferAt.AddSeconds(5))]);

        Assert.Equal(ConversationStatus.Abandoned, history.Status);
        Assert.Null(history.AnsweredAt);
        Assert.Equal(OfferAt.AddSeconds(5), history.LastActivityAt);
    }
}
