using Bunit;
using ContactCenter.Contracts.Queues;
using ContactCenter.Server.Components.Agent.Transfers;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static ContactCenter.UI.Tests.Agent.DeskRows;

namespace ContactCenter.UI.Tests.Agent;

public sealed class TransferTargetsTests : MudTestContext
{
    private static readonly QueueSummary Support = new("support", "Support", "Help with orders", "web-chat");
    private static readonly QueueSummary Sales = new("sales", "Sales", "Plans and pricing", "web-chat");
    private static readonly TransferAgentDto Alex = new(Guid.Parse("0193a000-0000-7000-8000-000000000001"), "Alex Agent", "Ready", 2);
    private static readonly TransferAgentDto Robin = new(Guid.Parse("0193a000-0000-7000-8000-000000000009"), "Robin Busy", "Busy", 0);

    [Fact]
    public async Task To_a_person_lists_the_chats_own_queue_too_and_each_member_with_state_and_free_seats_then_hands_on_the_choice()
    {
        var asked = new List<string>();
        TransferChoice? chosen = null;
        var targets = Render<TransferTargets>(p => p
            .Add(t => t.Queues, [Sales])
            .Add(t => t.CurrentQueue, Support)
            .Add(t => t.LoadAgents, queueId =>
            {
                asked.Add(queueId);
                return Task.FromResult<IReadOnlyList<TransferAgentDto>>([Alex, Robin]);
            })
            .Add(t => t.OnChoose, c => chosen = c));
        Assert.Single(targets.FindAll("[data-testid^=transfer-queue-]"));

        await targets.Find("[data-testid=transfer-mode-agent]").ChangeAsync(new ChangeEventArgs { Value = "on" });
        Assert.Equal(2, targets.FindAll("[data-testid^=transfer-queue-]").Count);
        Assert.True(targets.Find("[data-testid=transfer-confirm]").HasAttribute("disabled"));
        await targets.Find("[data-testid=transfer-queue-support] input").ChangeAsync(new ChangeEventArgs { Value = "on" });

        Assert.Equal(["support"], asked);
        var robin = targets.Find($"[data-testid=transfer-agent-{Robin.AgentId}]");
        Assert.Equal("Busy", robin.GetAttribute("data-state"));
        Assert.Contains("no free seat", robin.TextContent, StringComparison.Ordinal);
        Assert.Contains("2 free", targets.Find($"[data-testid=transfer-agent-{Alex.AgentId}]").TextContent, StringComparison.Ordinal);
        await targets.Find($"[data-testid=transfer-agent-{Alex.AgentId}] input").ChangeAsync(new ChangeEventArgs { Value = "on" });
        await targets.Find("textarea[data-testid=transfer-note], [data-testid=transfer-note] textarea").InputAsync(new ChangeEventArgs { Value = "Knows the account" });
        await targets.Find("[data-testid=transfer-confirm]").ClickAsync(new());

        Assert.Equal(new TransferChoice("support", "Support", Alex.AgentId, "Alex Agent", "Knows the account"), chosen);
        Assert.Equal("Offer transfer", targets.Find("[data-testid=transfer-confirm]").TextContent.Trim());
    }

    [Fact]
    public async Task To_a_queue_the_chats_own_queue_is_not_offered_and_no_agents_are_read()
    {
        var asked = 0;
        TransferChoice? chosen = null;
        var targets = Render<TransferTargets>(p => p
            .Add(t => t.Queues, [Sales])
            .Add(t => t.CurrentQueue, Support)
            .Add(t => t.LoadAgents, _ =>
            {
                asked++;
                return Task.FromResult<IReadOnlyList<TransferAgentDto>>([]);
            })
            .Add(t => t.OnChoose, c => chosen = c));

        Assert.Empty(targets.FindAll("[data-testid=transfer-queue-support]"));
        await targets.Find("[data-testid=transfer-queue-sales] input").ChangeAsync(new ChangeEventArgs { Value = "on" });
        await targets.Find("[data-testid=transfer-confirm]").ClickAsync(new());

        Assert.Equal((0, new TransferChoice("sales", "Sales", null, null, null)), (asked, chosen));
    }

    [Fact]
    public async Task A_queue_with_no_one_present_says_so()
    {
        var targets = Render<TransferTargets>(p => p
            .Add(t => t.Queues, [Sales])
            .Add(t => t.LoadAgents, _ => Task.FromResult<IReadOnlyList<TransferAgentDto>>([])));

        await targets.Find("[data-testid=transfer-mode-agent]").ChangeAsync(new ChangeEventArgs { Value = "on" });
        await targets.Find("[data-testid=transfer-queue-sales] input").ChangeAsync(new ChangeEventArgs { Value = "on" });

        Assert.Contains("No one in this queue", targets.Find("[data-testid=transfer-no-agents]").TextContent, StringComparison.Ordinal);
        Assert.True(targets.Find("[data-testid=transfer-confirm]").HasAttribute("disabled"));
    }
}

public sealed class TransferToastTests : MudTestContext
{
    private readonly FakeTimeProvider _clock = new(Now);

    public TransferToastTests() => Services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public void Says_who_transfers_with_their_note_counts_down_and_answers_for_its_conversation_until_time_is_up()
    {
        var chat = Guid.CreateVersion7();
        var answers = new List<(string, Guid)>();
        var toast = Render<TransferToast>(p => p
            .Add(t => t.Offer, new TransferOffer(chat, "Jamie Agent", "Wants the yearly plan", "sales", Now.AddSeconds(20)))
            .Add(t => t.OnAccept, id => answers.Add(("accept", id)))
            .Add(t => t.OnReject, id => answers.Add(("reject", id))));

        Assert.Equal("Transfer from Jamie Agent: Wants the yearly plan", toast.Find("[data-testid=transfer-toast]").GetAttribute("aria-label"));
        Assert.Contains("Wants the yearly plan", toast.Find("[data-testid=transfer-note-shown]").TextContent, StringComparison.Ordinal);
        toast.Find("[data-testid=transfer-accept]").Click();
        toast.Find("[data-testid=transfer-reject]").Click();
        Assert.Equal([("accept", chat), ("reject", chat)], answers);

        _clock.Advance(TimeSpan.FromSeconds(20));
        toast.WaitForAssertion(() => Assert.Equal("0 s", toast.Find("[data-testid=transfer-countdown]").TextContent));
        Assert.True(toast.Find("[data-testid=transfer-accept]").HasAttribute("disabled"));
    }
}
