using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Desk;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.Server.Components.Agent;

public partial class StatePicker
{
    private bool _open;

    [Parameter] public AgentPresenceDto? Presence { get; set; }
    [Parameter] public IReadOnlyList<ReasonCodeDto> ReasonCodes { get; set; } = [];

    /// <summary>Conversations (and offers) held per channel kind now.</summary>
    [Parameter] public IReadOnlyDictionary<string, int> InUse { get; set; } = new Dictionary<string, int>();

    [Parameter] public EventCallback<StateChoice> OnChooseState { get; set; }
    [Parameter] public EventCallback<ChannelStateDto> OnSetChannel { get; set; }

    private string Label => Presence switch
    {
        null => "Connecting…",
        { State: "NotReady", ReasonCodeId: { } reason } => $"Not ready · {ReasonCodes.FirstOrDefault(r => r.Id == reason)?.Name ?? Humanize(reason)}",
        { State: "NotReady" } => "Not ready",
        { State: var state } => state,
    };

    // A plain class per state: the colour follows every pushed change.
    private string StateClass => $"state-{(Presence?.State ?? "connecting").ToLowerInvariant()}";

    private int InUseOf(string channel) => InUse.GetValueOrDefault(channel);

    private async Task ChooseAsync(string state, string? reason)
    {
        _open = false;
        await OnChooseState.InvokeAsync(new StateChoice(state, reason));
    }

    private Task SetChannelAsync(ChannelStateDto channel) => OnSetChannel.InvokeAsync(channel);

    // System reasons (a missed offer) are not in the agent's list.
    private static string Humanize(string id) => id.Replace('-', ' ');
}

/// <summary>A global state the agent chose, with the reason when not ready.</summary>
public sealed record StateChoice(string State, string? ReasonCodeId);
