using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Routing;
using static ContactCenter.Domain.Tests.Agents.Presence.PresenceScenario;

namespace ContactCenter.Domain.Tests.Agents.Presence;

public sealed class ChannelTests
{
    private static SetChannel Set(ChannelKind channel, bool ready, int capacity) => new(AgentId, channel, ready, capacity, Now);

    [Fact]
    public void Turning_the_chat_channel_off_records_it_not_ready_with_its_capacity()
    {
        Given(Ready)
            .When(Set(ChannelKind.Chat, ready: false, capacity: 3))
            .Then(new AgentChannelChanged(AgentId, ChannelKind.Chat, false, 3, Now));
    }

    [Fact]
    public void Changing_the_chat_capacity_records_the_new_capacity()
    {
        var state = Given(Ready)
            .When(Set(ChannelKind.Chat, ready: true, capacity: 5))
            .Then(new AgentChannelChanged(AgentId, ChannelKind.Chat, true, 5, Now))
            .State;

        Assert.Equal(new ChannelPresence(ChannelKind.Chat, true, 5, 0), state.Channels[ChannelKind.Chat]);
    }

    [Fact]
    public void A_channel_turned_off_is_not_ready_in_the_state()
    {
        var state = Given(Ready).When(Set(ChannelKind.Chat, ready: false, capacity: 3)).State;

        Assert.False(state.Channels[ChannelKind.Chat].Ready);
        Assert.Equal(3, state.Channels[ChannelKind.Chat].Capacity);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    public void A_capacity_from_0_to_20_is_accepted(int capacity)
    {
        Given(Ready)
            .When(Set(ChannelKind.Chat, ready: true, capacity))
            .Then(new AgentChannelChanged(AgentId, ChannelKind.Chat, true, capacity, Now));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(21)]
    public void A_capacity_below_0_or_above_20_is_refused(int capacity)
    {
        Given(Ready)
            .When(Set(ChannelKind.Chat, ready: true, capacity))
            .ThenRefused("capacity-out-of-range");
    }

    [Fact]
    public void A_capacity_out_of_range_is_refused_even_for_a_channel_turned_off()
    {
        Given(Ready)
            .When(Set(ChannelKind.Email, ready: false, capacity: 21))
            .ThenRefused("capacity-out-of-range");
    }

    [Fact]
    public void Setting_the_chat_channel_to_what_it_already_is_changes_nothing()
    {
        Given(Offline)
            .When(Set(ChannelKind.Chat, ready: true, capacity: 3))
            .ThenNothing();
    }

    [Fact]
    public void Setting_a_channel_again_to_the_values_it_was_given_changes_nothing()
    {
        Given(new AgentChannelChanged(AgentId, ChannelKind.Chat, false, 7, T0))
            .When(Set(ChannelKind.Chat, ready: false, capacity: 7))
            .ThenNothing();
    }

    [Fact]
    public void Setting_a_channel_kind_the_agent_did_not_have_adds_it()
    {
        var state = Given(Ready)
            .When(Set(ChannelKind.Email, ready: true, capacity: 10))
            .Then(new AgentChannelChanged(AgentId, ChannelKind.Email, true, 10, Now))
            .State;

        Assert.Equal(new ChannelPresence(ChannelKind.Email, true, 10, 0), state.Channels[ChannelKind.Email]);
        Assert.Equal(AgentPresence.DefaultChat, state.Channels[ChannelKind.Chat]);
        Assert.Equal(2, state.Channels.Count);
    }

    [Fact]
    public void A_new_channel_kind_is_added_even_when_turned_off()
    {
        Given(Ready)
            .When(Set(ChannelKind.Social, ready: false, capacity: 0))
            .Then(new AgentChannelChanged(AgentId, ChannelKind.Social, false, 0, Now));
    }

    [Fact]
    public void Changing_a_channel_leaves_the_global_state_and_its_time_as_they_were()
    {
        var state = Given(AtLunch).When(Set(ChannelKind.Chat, ready: false, capacity: 2)).State;

        Assert.Equal(GlobalState.NotReady, state.State);
        Assert.Equal("lunch", state.ReasonCodeId);
        Assert.Equal(WentToLunch.At, state.Since);
    }
}
