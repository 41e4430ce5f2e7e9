using ContactCenter.Server.Features.Queues.Settings;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.Server.Components.Admin.Queues;

/// <summary>
/// The queue form on its own, without services: the page loads and saves, this checks what was typed
/// and says what is wrong next to the field, before anything is sent.
/// </summary>
public partial class QueueForm
{
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();

    [Parameter, EditorRequired] public QueueFormModel Model { get; set; } = null!;
    [Parameter, EditorRequired] public QueueChoices Choices { get; set; } = null!;
    [Parameter] public bool ReadOnly { get; set; }
    [Parameter] public bool IsNew { get; set; }
    [Parameter] public bool Saving { get; set; }

    /// <summary>Someone else saved the queue since it was opened: what they changed.</summary>
    [Parameter] public string? Conflict { get; set; }

    /// <summary>What the server refused that the form could not see (a team deleted meanwhile, an id taken).</summary>
    [Parameter] public IReadOnlyList<string> ServerErrors { get; set; } = [];

    /// <summary>Called with the model once every field is valid.</summary>
    [Parameter] public EventCallback OnSave { get; set; }

    [Parameter] public EventCallback OnReload { get; set; }

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? ErrorOf(string field) => _errors.GetValueOrDefault(field);

    private string AgentName(Guid id) => Choices.Agents.FirstOrDefault(a => a.Id == id)?.DisplayName ?? id.ToString();

    private string TeamName(string id) => Choices.Teams.FirstOrDefault(t => t.Id == id)?.Name ?? id;

    private async Task SubmitAsync()
    {
        _errors = Model.Validate();
        if (_errors.Count == 0)
        {
            await OnSave.InvokeAsync();
        }
    }
}
