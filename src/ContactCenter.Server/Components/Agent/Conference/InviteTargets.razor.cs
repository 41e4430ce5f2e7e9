using ContactCenter.Contracts.Queues;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.Server.Components.Agent.Conference;

/// <summary>The invite dialog's choices without the desk's connection (so bUnit renders it alone).</summary>
public partial class InviteTargets
{
    private string? _queueId;
    private IReadOnlyList<TransferAgentDto>? _agents;
    private readonly List<Guid> _chosen = [];

    /// <summary>The queues of the chat's channel, its own first.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<QueueSummary> Queues { get; set; } = [];

    [Parameter, EditorRequired] public Func<string, Task<IReadOnlyList<TransferAgentDto>>> LoadAgents { get; set; } = null!;
    [Parameter] public EventCallback<InviteChoice> OnChoose { get; set; }
    [Parameter] public EventCallback OnCancel { get; set; }

    // Another queue lists other people: the choice starts again.
    private async Task ChooseQueueAsync(string queueId)
    {
        _queueId = queueId;
        _chosen.Clear();
        _agents = null;
        _agents = await LoadAgents(queueId);
    }

    private void Toggle(Guid agentId)
    {
        if (!_chosen.Remove(agentId))
        {
            _chosen.Add(agentId);
        }
    }

    private Task ConfirmAsync() => OnChoose.InvokeAsync(new InviteChoice(_queueId!, [.. _chosen],
        [.. _chosen.Select(id => _agents?.FirstOrDefault(a => a.AgentId == id)?.DisplayName ?? "")]));
}
