using ContactCenter.Contracts.Conversations;
using ContactCenter.Contracts.Realtime;
using ContactCenter.Contracts.Supervisor;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Supervising;

/// <summary>Every node folds every commit: a wallboard on one node shows what the other node's chats did, the same figures on both.</summary>
public sealed class TwoNodeWallboardTests
{
    [Fact]
    public async Task A_supervisor_on_node_B_sees_chats_taken_on_node_A_and_both_nodes_agree()
    {
        await using var nodes = await TwoNodes.StartAsync();
        await using var samOnB = await nodes.B.AgentHubAsync(await nodes.B.TokenAsync("sam.supervisor"));
        using var samSees = new FloorWatcher(samOnB);
        var before = (await samOnB.InvokeAsync<FloorSnapshotDto>(nameof(IAgentHub.GetFloor))).Queues.Single(q => q.QueueId == "support");

        var waiting = await nodes.A.StartChatAsync("Nora Node");
        var taken = await nodes.A.StartChatAsync("Otto Other");
        await using var jamieOnA = await nodes.A.AgentHubAsync(await nodes.A.TokenAsync("jamie.agent"));
        await jamieOnA.InvokeAsync<CommandAck>(nameof(IAgentHub.Take), taken.ConversationId!.Value);

        var seen = await samSees.QueueAsync("support", q => q.Answered == before.Answered + 1 && q.Waiting == before.Waiting + 1);
        Assert.Equal(before.Offered + 2, seen.Offered);
        await using var samOnA = await nodes.A.AgentHubAsync(await nodes.A.TokenAsync("sam.supervisor"));
        var onA = (await samOnA.InvokeAsync<FloorSnapshotDto>(nameof(IAgentHub.GetFloor))).Queues.Single(q => q.QueueId == "support");
        var onB = (await samOnB.InvokeAsync<FloorSnapshotDto>(nameof(IAgentHub.GetFloor))).Queues.Single(q => q.QueueId == "support");
        Assert.Equal(Figures(onA), Figures(onB));
        Assert.Equal(Figures(seen), Figures(onB));
        Assert.NotNull(waiting.ConversationId);
    }

    private static string Figures(FloorQueueDto queue) => System.Text.Json.JsonSerializer.Serialize(queue with { Version = 0 });
}
