using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Routing;
using static ContactCenter.Domain.Tests.Agents.Presence.PresenceScenario;

namespace ContactCenter.Domain.Tests.Agents.Presence;

/// <summary>
/// Busy as the system sets it (docs/domain.md, "Agents"): a ready channel at capacity is busy, and
/// the agent is busy while every ready channel is; ready again once one has room. Chat holds 3 by default.
/// </summary>
public sealed class BusyTests
{
    private static readonly AgentChannelChanged EmailReady = new(AgentId, ChannelKind.Email, true, 2, T0.AddMinutes(1));
    private static readonly AgentChannelChanged ChatOff = new(AgentId, ChannelKind.Chat, false, 3, T0.AddMinutes(1));

    private static ReportLoad Load(int chat, int email = 0) =>
        new(AgentId, new Dictionary<ChannelKind, int> { [ChannelKind.Chat] = chat, [ChannelKind.Email] = email }, Now);

    private static AgentChannelBusyChanged ChannelBusy(ChannelKind channel, bool busy) => new(AgentId, channel, busy, Now);

    private static readonly AgentStateChanged WentBusy = new(AgentId, GlobalState.Busy, null, "at-capacity", Now);

    private static object[] BusyOnChat => [WentReady, new AgentChannelBusyChanged(AgentId, ChannelKind.Chat, true, T0.AddMinutes(5)), new AgentStateChanged(AgentId, GlobalState.Busy, null, "at-capacity", T0.AddMinutes(5))];

    [Fact]
    public void A_ready_agent_whose_only_channel_reaches_capacity_is_busy_on_it_and_busy_overall()
    {
        Given(Ready)
            .When(Load(chat: 3))
            .Then(ChannelBusy(ChannelKind.Chat, true), WentBusy);
    }

    [Fact]
    public void Below_capacity_nothing_changes()
    {
        Given(Ready)
            .When(Load(chat: 2))
            .ThenNothing();
    }

    [Fact]
    public void The_same_load_reported_again_changes_nothing()
    {
        Given(BusyOnChat)
            .When(Load(chat: 3))
            .ThenNothing();
    }

    [Fact]
    public void When_a_seat_frees_the_channel_has_room_and_the_agent_is_ready_again_since_then()
    {
        var outcome = Given(BusyOnChat)
            .When(Load(chat: 2))
            .Then(ChannelBusy(ChannelKind.Chat, false), new AgentStateChanged(AgentId, GlobalState.Ready, null, "capacity-freed", Now));

        Assert.Equal((GlobalState.Ready, Now), (outcome.State.State, outcome.State.Since));
        Assert.Empty(outcome.State.BusyChannels);
    }

    [Fact]
    public void One_full_channel_of_two_ready_ones_is_busy_while_the_agent_stays_ready()
    {
        var outcome = Given(WentReady, EmailReady)
            .When(Load(chat: 3, email: 1))
            .Then(ChannelBusy(ChannelKind.Chat, true));

        Assert.Equal(GlobalState.Ready, outcome.State.State);
        Assert.Equal([ChannelKind.Chat], outcome.State.BusyChannels);
    }

    [Fact]
    public void Every_ready_channel_full_makes_the_agent_busy()
    {
        Given(WentReady, EmailReady)
            .When(Load(chat: 3, email: 2))
            .Then(ChannelBusy(ChannelKind.Chat, true), ChannelBusy(ChannelKind.Email, true), WentBusy);
    }

    [Fact]
    public void A_channel_that_is_not_ready_neither_shows_busy_nor_keeps_the_agent_from_being_busy()
    {
        // Tried: chat is off but still holds three chats; email, the only ready channel, is full.
        Given(WentReady, ChatOff, EmailReady)
            .When(Load(chat: 3, email: 2))
            .Then(ChannelBusy(ChannelKind.Email, true), WentBusy);
    }

    [Fact]
    public void A_not_ready_agent_at_capacity_shows_the_channel_busy_but_stays_not_ready()
    {
        var outcome = Given(AtLunch)
            .When(Load(chat: 3))
            .Then(ChannelBusy(ChannelKind.Chat, true));

        Assert.Equal((GlobalState.NotReady, "lunch"), (outcome.State.State, outcome.State.ReasonCodeId));
    }

    [Fact]
    public void A_channel_with_no_capacity_is_never_busy()
    {
        Given(WentReady, new AgentChannelChanged(AgentId, ChannelKind.Chat, true, 0, T0.AddMinutes(1)))
            .When(Load(chat: 0))
            .ThenNothing();
    }

    [Fact]
    public void Lowering_capacity_to_what_the_agent_holds_makes_them_busy_at_the_next_report()
    {
        Given(WentReady, new AgentChannelChanged(AgentId, ChannelKind.Chat, true, 2, T0.AddMinutes(1)))
            .When(Load(chat: 2))
            .Then(ChannelBusy(ChannelKind.Chat, true), WentBusy);
    }

    [Fact]
    public void A_busy_agent_choosing_ready_changes_nothing()
    {
        Given(BusyOnChat)
            .When(new ChooseState(AgentId, GlobalState.Ready, null, Now))
            .ThenNothing();
    }

    [Fact]
    public void A_busy_agent_may_go_not_ready_or_offline()
    {
        Given(BusyOnChat)
            .When(new ChooseState(AgentId, GlobalState.NotReady, "lunch", Now))
            .Then(new AgentStateChanged(AgentId, GlobalState.NotReady, "lunch", "agent", Now));
    }

    [Fact]
    public void A_busy_agent_who_misses_an_offer_goes_not_ready()
    {
        Given(BusyOnChat)
            .When(new MissOffer(AgentId, Now))
            .Then(new AgentStateChanged(AgentId, GlobalState.NotReady, ReasonCode.MissedOfferId, "missed-offer", Now));
    }

    [Fact]
    public void A_busy_agent_who_is_not_ready_now_is_not_made_ready_when_a_seat_frees()
    {
        var outcome = Given([.. BusyOnChat, WentToLunch])
            .When(Load(chat: 1))
            .Then(ChannelBusy(ChannelKind.Chat, false));

        Assert.Equal(GlobalState.NotReady, outcome.State.State);
    }
}
