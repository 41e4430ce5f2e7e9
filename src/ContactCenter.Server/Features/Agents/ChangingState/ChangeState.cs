using ContactCenter.Contracts.Agents;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Routing;
using ContactCenter.Server.Features.Agents.Presence;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Agents.ChangingState;

/// <summary>The global state an agent chooses, by name, with a reason when not ready.</summary>
public sealed record ChooseStateRequest(string State, string? ReasonCodeId);

/// <summary>One channel's readiness and capacity, the channel by name.</summary>
public sealed record SetChannelRequest(string Channel, bool Ready, int Capacity);

/// <summary>
/// An agent changes their own presence: their global state with a reason an admin set up (system
/// reasons are set, not chosen), and each channel's state and capacity. The decider holds the rest.
/// </summary>
public sealed class ChangeStateHandler(IDocumentStore store, PresenceHandler presence, TimeProvider clock)
{
    public async Task<Outcome<AgentPresenceDto>> ChooseAsync(AccessGrant caller, ChooseStateRequest request, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<GlobalState>(request.State, ignoreCase: true, out var wanted))
        {
            return RuleViolation.Invalid("unknown-state", $"'{request.State}' is not a state; choose Ready, NotReady or Offline.");
        }

        if (wanted == GlobalState.NotReady && !string.IsNullOrWhiteSpace(request.ReasonCodeId))
        {
            await using var session = store.QuerySession();
            if (await session.LoadAsync<ReasonCode>(request.ReasonCodeId, cancellationToken) is not { IsSystem: false, Kind: ReasonCodeKind.NotReady })
            {
                return RuleViolation.Invalid("unknown-reason", $"'{request.ReasonCodeId}' is not one of the reasons an admin has set up.");
            }
        }

        return Answer(await presence.ExecuteAsync(new ChooseState(caller.UserId, wanted, request.ReasonCodeId, clock.GetUtcNow()), cancellationToken));
    }

    public async Task<Outcome<AgentPresenceDto>> SetChannelAsync(AccessGrant caller, SetChannelRequest request, CancellationToken cancellationToken) =>
        Enum.TryParse<ChannelKind>(request.Channel, ignoreCase: true, out var kind)
            ? Answer(await presence.ExecuteAsync(new SetChannel(caller.UserId, kind, request.Ready, request.Capacity, clock.GetUtcNow()), cancellationToken))
            : RuleViolation.Invalid("unknown-channel", $"'{request.Channel}' is not a channel kind; use Chat, Email or Social.");

    private static Outcome<AgentPresenceDto> Answer(PresenceOutcome outcome) => outcome.Error is { } error ? error : outcome.Presence;
}
