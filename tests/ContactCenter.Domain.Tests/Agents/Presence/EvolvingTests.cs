using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Routing;
using static ContactCenter.Domain.Tests.Agents.Presence.PresenceScenario;

namespace ContactCenter.Domain.Tests.Agents.Presence;

public sealed class EvolvingTests
{
    [Fact]
    public void A_new_agent_is_offline_without_a_reason()
    {
        var state = AgentPresence.Initial(AgentId);

        Assert.Equal(AgentId, state.AgentId);
        Assert.Equal(GlobalState.Offline, state.State);
        Assert.Null(state.ReasonCodeId);
    }

    [Fact]
    public void A_new_agent_has_only_a_chat_channel_ready_for_3_conversations()
    {
        var channel = Assert.Single(AgentPresence.Initial(AgentId).Channels);

        Assert.Equal(ChannelKind.Chat, channel.Key);
        Assert.Equal(new ChannelPresence(ChannelKind.Chat, Ready: true, Capacity: 3, InUse: 0), channel.Value);
        Assert.Equal(AgentPresence.DefaultChat, channel.Value);
    }

    [Fact]
    public void A_state_change_sets_the_state_and_since_to_the_time_of_the_event()
    {
        var state = Fold([WentReady]);

        Assert.Equal(GlobalState.Ready, state.State);
        Assert.Equal(T0, state.Since);
    }

    [Fact]
    public void Going_not_ready_keeps_the_reason_and_the_time_of_the_event()
    {
        var state = Fold(AtLunch);

        Assert.Equal(GlobalState.NotReady, state.State);
        Assert.Equal("lunch", state.ReasonCodeId);
        Assert.Equal(WentToLunch.At, state.Since);
    }

    [Theory]
    [InlineData(GlobalState.Ready)]
    [InlineData(GlobalState.Offline)]
    public void Leaving_not_ready_clears_the_reason(GlobalState next)
    {
        var state = Fold([.. AtLunch, new AgentStateChanged(AgentId, next, null, "agent", T0.AddMinutes(15))]);

        Assert.Equal(next, state.State);
        Assert.Null(state.ReasonCodeId);
        Assert.Equal(T0.AddMinutes(15), state.Since);
    }

    [Fact]
    public void Leaving_not_ready_by_choice_clears_the_reason_in_the_state()
    {
        var state = Given(AtLunch)
            .When(new ChooseState(AgentId, GlobalState.Ready, null, Now))
            .State;

        Assert.Equal(GlobalState.Ready, state.State);
        Assert.Null(state.ReasonCodeId);
        Assert.Equal(Now, state.Since);
    }

    [Fact]
    public void A_channel_change_does_not_move_since()
    {
        var state = Fold([WentReady, new AgentChannelChanged(AgentId, ChannelKind.Chat, false, 3, T0.AddMinutes(5))]);

        Assert.Equal(T0, state.Since);
        Assert.False(state.Channels[ChannelKind.Chat].Ready);
    }

    [Fact]
    public void A_channel_change_keeps_the_conversations_in_use_and_reserved_on_that_channel()
    {
        var busyChat = AgentPresence.Initial(AgentId) with
        {
            Channels = new Dictionary<ChannelKind, ChannelPresence> { [ChannelKind.Chat] = new(ChannelKind.Chat, true, 3, InUse: 2, Reserved: 1) },
        };

        var state = AgentPresence.Evolve(busyChat, new AgentChannelChanged(AgentId, ChannelKind.Chat, true, 5, T0));

        Assert.Equal(new ChannelPresence(ChannelKind.Chat, true, 5, InUse: 2, Reserved: 1), state.Channels[ChannelKind.Chat]);
    }

    [Fact]
    public void A_channel_kind_first_seen_in_an_event_is_added_with_nothing_in_use()
    {
        var state = Fold([new AgentChannelChanged(AgentId, ChannelKind.Email, true, 4, T0)]);

        Assert.Equal(new ChannelPresence(ChannelKind.Email, true, 4, 0), state.Channels[ChannelKind.Email]);
        Assert.Equal(AgentPresence.DefaultChat, state.Channels[ChannelKind.Chat]);
    }

    [Fact]
    public void Evolving_does_not_change_the_state_it_started_from()
    {
        var before = AgentPresence.Initial(AgentId);

        _ = AgentPresence.Evolve(before, new AgentChannelChanged(AgentId, ChannelKind.Email, true, 4, T0));

        Assert.Single(before.Channels);
    }
}
