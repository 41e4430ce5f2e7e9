using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Desk;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Agents.ChangingState;
using ContactCenter.Server.Features.Agents.ReasonCodes;

namespace ContactCenter.Server.Realtime;

/// <summary>The agent hub's presence methods: one's own global state with a reason, and each channel's state and capacity.</summary>
public sealed partial class AgentHub
{
    public Task<AgentPresenceDto> GetMyPresence() => Use<ReadMyPresenceHandler>().ExecuteAsync(Me, Aborted);

    public Task<IReadOnlyList<ReasonCodeDto>> GetReasonCodes() => Use<ListReasonCodesHandler>().ExecuteAsync(Aborted);

    [RequirePermission(Permissions.AgentStateChangeOwn)]
    public Task<AgentPresenceDto> ChooseState(string state, string? reasonCodeId) =>
        Use<ChangeStateHandler>().ChooseAsync(Me, new ChooseStateRequest(state, reasonCodeId), Aborted).AnswerAsync();

    [RequirePermission(Permissions.AgentStateChangeOwn)]
    public Task<AgentPresenceDto> SetChannel(string channel, bool ready, int capacity) =>
        Use<ChangeStateHandler>().SetChannelAsync(Me, new SetChannelRequest(channel, ready, capacity), Aborted).AnswerAsync();
}
