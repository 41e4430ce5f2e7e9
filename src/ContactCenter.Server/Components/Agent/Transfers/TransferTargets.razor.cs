using ContactCenter.Contracts.Queues;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.Server.Components.Agent.Transfers;

/// <summary>
/// The transfer dialog's choices without the desk's connection (so bUnit renders it alone): the
/// dialog hands in the queues and how to read a queue's agents, and gets the choice back.
/// </summary>
public partial class TransferTargets
{
    private bool _toAgent;
    private string? _queueId;
    private Guid? _agentId;
    private string? _note;
    private IReadOnlyList<TransferAgentDto>? _agents;

    /// <summary>The other queues of the chat's channel.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<QueueSummary> Queues { get; set; } = [];

    /// <summary>The chat's own queue: a colleague there may take it too, but the chat cannot move to it.</summary>
    [Parameter] public QueueSummary? CurrentQueue { get; set; }

    [Parameter, EditorRequired] public Func<string, Task<IReadOnlyList<TransferAgentDto>>> LoadAgents { get; set; } = null!;
    [Parameter] public EventCallback<TransferChoice> OnChoose { get; set; }
    [Parameter] public EventCallback OnCancel { get; set; }

    private IReadOnlyList<QueueSummary> QueuesShown => _toAgent && CurrentQueue is { } current ? [current, .. Queues] : Queues;

    private bool CanConfirm => _queueId is not null && (!_toAgent || _agentId is not null);

    private static string StateName(string state) => state switch
    {
        "NotReady" => "not ready",
        _ => state.ToLowerInvariant(),
    };

    private async Task SetModeAsync(bool toAgent)
    {
        _toAgent = toAgent;
        _agentId = null;
        if (_queueId is not null && !QueuesShown.Any(q => q.Id == _queueId))
        {
            _queueId = null;
        }

        await LoadAsync();
    }

    private async Task ChooseQueueAsync(string queueId)
    {
        _queueId = queueId;
        _agentId = null;
        await LoadAsync();
    }

    // Read when a queue is chosen, so the states and seats are the ones of this moment.
    private async Task LoadAsync()
    {
        _agents = null;
        if (_toAgent && _queueId is { } queueId)
        {
            _agents = await LoadAgents(queueId);
        }
    }

    private Task ConfirmAsync()
    {
        var queue = QueuesShown.First(q => q.Id == _queueId);
        var agent = _toAgent ? _agents?.FirstOrDefault(a => a.AgentId == _agentId) : null;
        return OnChoose.InvokeAsync(new TransferChoice(queue.Id, queue.Name, agent?.AgentId, agent?.DisplayName, _note));
    }
}
