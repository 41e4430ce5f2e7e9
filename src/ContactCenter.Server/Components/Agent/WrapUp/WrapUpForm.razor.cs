using ContactCenter.Contracts.Desk;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.Server.Components.Agent.WrapUp;

/// <summary>What the agent chose: a code (with its name) and/or a note, and whether the wrap-up is finished with it.</summary>
public sealed record WrapUpChoice(string? CodeId, string? CodeName, string? Note, bool Finish);

/// <summary>The wrap-up dialog's choices; the dialog hands in the codes and sends the choice.</summary>
public partial class WrapUpForm
{
    private string? _codeId;
    private string? _note;

    /// <summary>The admin's wrap-up codes.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<ReasonCodeDto> Codes { get; set; } = [];

    /// <summary>The conversation has ended: the agent may finish the wrap-up with this one.</summary>
    [Parameter] public bool Ended { get; set; }

    [Parameter] public EventCallback<WrapUpChoice> OnSave { get; set; }
    [Parameter] public EventCallback OnCancel { get; set; }

    // The server refuses an empty wrap-up too; the button says so first.
    private bool CanSave => _codeId is not null || !string.IsNullOrWhiteSpace(_note);

    private Task SaveAsync(bool finish) =>
        OnSave.InvokeAsync(new WrapUpChoice(_codeId, Codes.FirstOrDefault(c => c.Id == _codeId)?.Name, string.IsNullOrWhiteSpace(_note) ? null : _note, finish));
}
