using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Conversations;

namespace ContactCenter.Server.Components.Agent;

/// <summary>Binds the state picker to the circuit's desk: changes made elsewhere arrive as presence pushes.</summary>
public partial class StateSwitcher
{
    // A chat in wrap-up with its queue's wrap-up time holds the seat until the finish arrives, as the router counts it.
    private IReadOnlyDictionary<string, int> InUse =>
        Desk.Inbox.Where(r => r.IsOfferTo(Desk.Me) || (r.IsMine(Desk.Me) && (r.Item.Status is ConversationStatusDto.Active or ConversationStatusDto.Pending || r.WrapUpUntil is not null)))
            .GroupBy(r => r.Item.ChannelKind).ToDictionary(g => g.Key, g => g.Count());

    private async Task ChooseAsync(StateChoice choice) =>
        await RunAsync(async () => Desk.Apply(await Desk.Client!.ChooseStateAsync(choice.State, choice.ReasonCodeId)));

    private async Task SetChannelAsync(ChannelStateDto channel) =>
        await RunAsync(async () => Desk.Apply(await Desk.Client!.SetChannelAsync(channel.Channel, channel.Ready, channel.Capacity)));
}
