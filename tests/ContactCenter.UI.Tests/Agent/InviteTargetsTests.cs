using Bunit;
using ContactCenter.Contracts.Queues;
using ContactCenter.Server.Components.Agent.Conference;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.UI.Tests.Agent;

public sealed class InviteTargetsTests : MudTestContext
{
    private static readonly QueueSummary Support = new("support", "Support", "Help with orders", "web-chat");
    private static readonly QueueSummary Sales = new("sales", "Sales", "Plans and pricing", "web-chat");
    private static readonly TransferAgentDto Alex = new(Guid.Parse("0193a000-0000-7000-8000-000000000001"), "Alex Agent", "Ready", 2);
    private static readonly TransferAgentDto Robin = new(Guid.Parse("0193a000-0000-7000-8000-000000000009"), "Robin Busy", "Busy", 0);

    [Fact]
    public async Task Several_members_of_a_queue_are_chosen_with_their_state_and_free_seats_and_handed_on_together()
    {
        var asked = new List<string>();
        InviteChoice? chosen = null;
        var targets = Render<InviteTargets>(p => p
            .Add(t => t.Queues, [Support, Sales])
            .Add(t => t.LoadAgents, queueId =>
            {
                asked.Add(queueId);
                return Task.FromResult<IReadOnlyList<TransferAgentDto>>([Alex, Robin]);
            })
            .Add(t => t.OnChoose, c => chosen = c));
        Assert.True(targets.Find("[data-testid=invite-confirm]").HasAttribute("disabled"));

        await targets.Find("[data-testid=invite-queue-sales] input").ChangeAsync(new ChangeEventArgs { Value = "on" });
        var robin = targets.Find($"[data-testid=invite-agent-{Robin.AgentId}]");
        Assert.Equal("Busy", robin.GetAttribute("data-state"));
        Assert.Contains("no free seat", robin.TextContent, StringComparison.Ordinal);
        await targets.Find($"[data-testid=invite-agent-{Alex.AgentId}] input").ChangeAsync(new ChangeEventArgs { Value = true });
        await targets.Find($"[data-testid=invite-agent-{Robin.AgentId}] input").ChangeAsync(new ChangeEventArgs { Value = true });
        Assert.Equal("Invite 2", targets.Find("[data-testid=invite-confirm]").TextContent.Trim());
        await targets.Find("[data-testid=invite-confirm]").ClickAsync(new());

        Assert.Equal(["sales"], asked);
        Assert.Equal(("sales", [Alex.AgentId, Robin.AgentId], ["Alex Agent", "Robin Busy"]), (chosen!.QueueId, chosen.AgentIds.ToArray(), chosen.Names.ToArray()), TupleOfArrays.Instance);
        Assert.Equal("Invited Alex Agent, Robin Busy; they join when they accept.", chosen.Done);
    }

    [Fact]
    public async Task Another_queue_starts_the_choice_again_and_an_empty_queue_says_so()
    {
        var targets = Render<InviteTargets>(p => p
            .Add(t => t.Queues, [Support, Sales])
            .Add(t => t.LoadAgents, queueId => Task.FromResult<IReadOnlyList<TransferAgentDto>>(queueId == "sales" ? [Alex] : [])));

        await targets.Find("[data-testid=invite-queue-sales] input").ChangeAsync(new ChangeEventArgs { Value = "on" });
        await targets.Find($"[data-testid=invite-agent-{Alex.AgentId}] input").ChangeAsync(new ChangeEventArgs { Value = true });
        await targets.Find("[data-testid=invite-queue-support] input").ChangeAsync(new ChangeEventArgs { Value = "on" });

        Assert.Contains("No one in this queue", targets.Find("[data-testid=invite-no-agents]").TextContent, StringComparison.Ordinal);
        Assert.True(targets.Find("[data-testid=invite-confirm]").HasAttribute("disabled"));
    }

    private sealed class TupleOfArrays : IEqualityComparer<(string, Guid[], string[])>
    {
        public static readonly TupleOfArrays Instance = new();

        public bool Equals((string, Guid[], string[]) x, (string, Guid[], string[]) y) =>
            x.Item1 == y.Item1 && x.Item2.SequenceEqual(y.Item2) && x.Item3.SequenceEqual(y.Item3);

        public int GetHashCode((string, Guid[], string[]) obj) => obj.Item1.GetHashCode(StringComparison.Ordinal);
    }
}
