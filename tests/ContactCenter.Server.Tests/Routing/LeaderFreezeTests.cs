using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Routing;
using ContactCenter.Testing;
using Marten;
using static ContactCenter.Server.Tests.Routing.RoutingAgents;

namespace ContactCenter.Server.Tests.Routing;

/// <summary>
/// The routing leader hangs (as under SIGSTOP or a long GC pause): simulated in process by freezing
/// its router (lease renewal and rounds stop where they stand, its connections stay open, which is
/// what kept the old advisory lock held forever).
/// </summary>
public sealed class LeaderFreezeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task When_the_leader_hangs_the_other_node_takes_over_and_offers_and_the_woken_leader_steps_down_without_offering()
    {
        // Tried: two nodes; the leading one freezes; a customer starts a chat on the other node, where a
        // ready agent is connected; then the frozen leader wakes up.
        await using var nodes = await TwoNodes.StartAsync();
        var (a, b) = (nodes.A.GetRequiredService<RouterLeadership>(), nodes.B.GetRequiredService<RouterLeadership>());
        await Task.WhenAny(a.WhenAsync(e => e is not null), b.WhenAsync(e => e is not null)).Unwrap().WaitAsync(Patience);
        var (frozen, other, otherNode) = a.Epoch is not null ? (a, b, nodes.B) : (b, a, nodes.A);
        var frozenEpoch = frozen.Epoch!.Value;
        frozen.Freeze();

        await using var agent = await ReadyAgentAsync(otherNode, "jamie.agent", capacity: 1);
        var offered = FirstOfferAsync(agent);
        var chat = (await otherNode.StartChatAsync("Started during the freeze", "support")).ConversationId!.Value;

        Assert.Equal(chat, (await offered.WaitAsync(Patience)).ConversationId);
        Assert.True(other.Epoch > frozenEpoch);

        var steppedDown = frozen.WhenAsync(e => e is null);
        frozen.Thaw();
        await steppedDown.WaitAsync(Patience);

        // Every offer ever made came from the new leader, and only one was made.
        await using var session = otherNode.GetRequiredService<IDocumentStore>().QuerySession();
        var offers = (await session.Events.FetchStreamAsync(chat)).Select(e => e.Data).OfType<ConversationOffered>().ToList();
        var only = Assert.Single(offers);
        Assert.Equal(other.Epoch, only.Epoch);
        Assert.Null(frozen.Epoch);
    }
}
