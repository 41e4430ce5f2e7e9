using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Desk;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Routing;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Agents.Presence;
using Marten;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

/// <summary>The agent hub's presence methods: one's own global state with a reason, and each channel's state and capacity.</summary>
public sealed partial class AgentHub
{
    public async Task<AgentPresenceDto> GetMyPresence()
    {
        await using var session = store.QuerySession();
        var (state, version) = await PresenceHandler.ReadAsync(session, current.Required.UserId, Context.ConnectionAborted);
        return PresenceHandler.ToDto(state, version);
    }

    /// <summary>The reasons an agent may choose for not being ready (system reasons are set, not chosen).</summary>
    public async Task<IReadOnlyList<ReasonCodeDto>> GetReasonCodes()
    {
        await using var session = store.QuerySession();
        var reasons = await session.Query<ReasonCode>().Where(r => !r.IsSystem).OrderBy(r => r.Name).ToListAsync(Context.ConnectionAborted);
        return [.. reasons.Select(r => new ReasonCodeDto(r.Id, r.Name))];
    }

    [RequirePermission(Permissions.AgentStateChangeOwn)]
    public async Task<AgentPresenceDto> ChooseState(string state, string? reasonCodeId)
    {
        if (!Enum.TryParse<GlobalState>(state, ignoreCase: true, out var wanted))
        {
            throw new HubException($"unknown-state: '{state}' is not a state; choose Ready, NotReady or Offline.");
        }

        if (wanted == GlobalState.NotReady && !string.IsNullOrWhiteSpace(reasonCodeId))
        {
            await using var session = store.QuerySession();
            if (await session.LoadAsync<ReasonCode>(reasonCodeId, Context.ConnectionAborted) is not { IsSystem: false })
            {
                throw new HubException($"unknown-reason: '{reasonCodeId}' is not one of the reasons an admin has set up.");
            }
        }

        return Answer(await presence.ExecuteAsync(new ChooseState(current.Required.UserId, wanted, reasonCodeId, clock.GetUtcNow()), Context.ConnectionAborted));
    }

    [RequirePermission(Permissions.AgentStateChangeOwn)]
    public async Task<AgentPresenceDto> SetChannel(string channel, bool ready, int capacity) =>
        Enum.TryParse<ChannelKind>(channel, ignoreCase: true, out var kind)
            ? Answer(await presence.ExecuteAsync(new SetChannel(current.Required.UserId, kind, ready, capacity, clock.GetUtcNow()), Context.ConnectionAborted))
            : throw new HubException($"unknown-channel: '{channel}' is not a channel kind; use Chat, Email or Social.");

    private static AgentPresenceDto Answer(PresenceOutcome outcome) =>
        outcome.Error is { } error ? throw new HubException($"{error.Code}: {error.Message}") : outcome.Presence;
}
