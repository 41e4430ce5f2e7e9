using ContactCenter.Contracts.Agents;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Agents.Presence;
using Marten;

namespace ContactCenter.Server.Features.Agents.ChangingState;

/// <summary>The caller's own presence with its version, as the desk's state menu opens.</summary>
public sealed class ReadMyPresenceHandler(IDocumentStore store)
{
    public async Task<AgentPresenceDto> ExecuteAsync(AccessGrant caller, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var (state, version) = await PresenceHandler.ReadAsync(session, caller.UserId, cancellationToken);
        return PresenceHandler.ToDto(state, version);
    }
}
