using Bunit;
using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Desk;
using ContactCenter.Server.Components.Agent;
using MudBlazor;
using static ContactCenter.UI.Tests.Agent.DeskRows;

namespace ContactCenter.UI.Tests.Agent;

public sealed class StatePickerTests : MudTestContext
{
    private static readonly ReasonCodeDto[] Reasons = [new("lunch", "Lunch"), new("training", "Training")];

    private static AgentPresenceDto Presence(string state, string? reason = null, bool chatReady = true, int capacity = 3, long version = 1) =>
        new(Me, state, reason, Now, [new ChannelStateDto("Chat", chatReady, capacity)], version);

    [Fact]
    public void Shows_the_global_state_with_its_reason_and_the_capacity_in_use_per_channel()
    {
        var picker = Render<StatePicker>(p => p.Add(s => s.Presence, Presence("NotReady", "lunch")).Add(s => s.ReasonCodes, Reasons)
            .Add(s => s.InUse, new Dictionary<string, int> { ["Chat"] = 1 }));

        var current = picker.Find("[data-testid=state-current]");
        Assert.Equal("NotReady", current.GetAttribute("data-state"));
        Assert.Contains("Not ready · Lunch", current.TextContent, StringComparison.Ordinal);
        Assert.Equal("Chat 1/3", picker.Find("[data-testid=channel-usage-Chat]").TextContent);
    }

    [Fact]
    public void A_system_reason_the_agent_cannot_choose_is_still_named()
    {
        var picker = Render<StatePicker>(p => p.Add(s => s.Presence, Presence("NotReady", "missed-offer")).Add(s => s.ReasonCodes, Reasons));

        Assert.Contains("Not ready · missed offer", picker.Find("[data-testid=state-current]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Choosing_not_ready_offers_the_admins_reasons_and_sends_the_one_chosen()
    {
        var provider = Render<MudPopoverProvider>();
        StateChoice? chosen = null;
        var picker = Render<StatePicker>(p => p.Add(s => s.Presence, Presence("Ready")).Add(s => s.ReasonCodes, Reasons)
            .Add(s => s.OnChooseState, c => chosen = c));

        picker.Find("[data-testid=state-current]").Click();
        Assert.NotEmpty(provider.WaitForElements("[data-testid=choose-notready-lunch]"));
        provider.Find("[data-testid=choose-notready-training]").Click();

        // MudList hands the click on asynchronously.
        picker.WaitForAssertion(() => Assert.Equal(new StateChoice("NotReady", "training"), chosen));
    }

    [Fact]
    public void Turning_a_channel_off_sends_its_new_state_with_the_same_capacity()
    {
        var provider = Render<MudPopoverProvider>();
        ChannelStateDto? sent = null;
        var picker = Render<StatePicker>(p => p.Add(s => s.Presence, Presence("Ready", capacity: 4)).Add(s => s.OnSetChannel, c => sent = c));

        picker.Find("[data-testid=state-current]").Click();
        provider.WaitForElement("input[data-testid=channel-ready-Chat], [data-testid=channel-ready-Chat] input").Change(false);

        picker.WaitForAssertion(() => Assert.Equal(new ChannelStateDto("Chat", false, 4), sent));
    }

    [Fact]
    public void Reflects_a_state_changed_elsewhere_as_soon_as_it_is_pushed()
    {
        var picker = Render<StatePicker>(p => p.Add(s => s.Presence, Presence("Ready")).Add(s => s.ReasonCodes, Reasons));
        Assert.Equal("Ready", picker.Find("[data-testid=state-current]").GetAttribute("data-state"));

        // The router's missed-offer rule, or another tab: the desk hands the pushed presence down.
        picker.Render(p => p.Add(s => s.Presence, Presence("NotReady", "missed-offer", version: 2)));

        Assert.Equal("NotReady", picker.Find("[data-testid=state-current]").GetAttribute("data-state"));
    }
}
