using ContactCenter.Domain.Access;
using ContactCenter.Domain.Common;
using ContactCenter.Server.Components.Admin.Shared;
using ContactCenter.Server.Features.Queues.Settings;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ContactCenter.Server.Components.Admin.Queues;

/// <summary>
/// Creates or edits one queue through <see cref="SaveQueueSettings"/>, the use case the REST API
/// calls, with the version the page read: a save over someone else's newer one is refused and the
/// form says what they changed, keeping what this admin typed.
/// </summary>
public partial class QueueEditPage
{
    private QueueSettingsView? _view;
    private QueueFormModel? _model;
    private QueueChoices? _choices;
    private bool _mayChange;
    private bool _missing;
    private bool _saving;
    private string? _conflict;
    private IReadOnlyList<string> _serverErrors = [];
    private List<BreadcrumbItem> _crumbs = [];

    [Parameter] public string? Id { get; set; }

    [Inject] private QueueSettingsReader Reader { get; set; } = null!;
    [Inject] private SaveQueueSettings Save { get; set; } = null!;
    [Inject] private AdminActor Actor { get; set; } = null!;
    [Inject] private NavigationManager Navigation { get; set; } = null!;
    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    private bool IsNew => Id is null;

    protected override async Task OnParametersSetAsync()
    {
        // A new queue just created arrives here with its id: nothing of the form before it may render
        // against the id while the stored queue is read.
        (_view, _model, _missing) = (null, null, false);
        _mayChange = (await Actor.GrantAsync())?.Has(Permissions.SettingsQueuesManage) == true;
        _choices = await Reader.ChoicesAsync();
        await ReloadAsync();
        _crumbs = [new("Queues", "/admin/queues"), new(IsNew ? "New" : _view?.Queue.Name ?? Id!, null, disabled: true)];
    }

    private async Task ReloadAsync()
    {
        (_conflict, _serverErrors) = (null, []);
        if (IsNew)
        {
            _model = new QueueFormModel { ChannelId = _choices is { Channels: [var first, ..] } ? first.Id : "" };
            return;
        }

        _view = await Reader.ReadAsync(Id!);
        _missing = _view is null;
        _model = _view is null ? null : QueueFormModel.From(_view.Queue, _view.AgentIds);
    }

    private async Task SaveAsync()
    {
        var grant = await Actor.GrantAsync();
        if (grant is null)
        {
            Navigation.NavigateTo("/account/login", forceLoad: true);
            return;
        }

        _saving = true;
        try
        {
            var change = new QueueChange(_model!.ToQueue(), [.. _model.AgentIds], _view?.Version, _view?.Queue, _view?.AgentIds);
            var outcome = IsNew
                ? await Save.CreateAsync(change, grant, Actor.AuditFor(grant))
                : await Save.ReplaceAsync(change, grant, Actor.AuditFor(grant));
            Show(outcome);
        }
        finally
        {
            _saving = false;
        }
    }

    private void Show(Features.Shared.Outcome<QueueSettingsView> outcome)
    {
        (_conflict, _serverErrors) = (null, []);
        if (outcome.Error is { Kind: ViolationKind.Stale } stale)
        {
            _conflict = stale.Message;
        }
        else if (outcome.Error is { } error)
        {
            _serverErrors = error.Errors.Count > 0 ? error.Errors : [error.Message];
        }
        else if (IsNew)
        {
            Snackbar.Add($"Queue '{outcome.Value!.Queue.Name}' created.", Severity.Success);
            Navigation.NavigateTo($"/admin/queues/{outcome.Value.Queue.Id}");
        }
        else
        {
            _view = outcome.Value!;
            _model = QueueFormModel.From(_view.Queue, _view.AgentIds);
            Snackbar.Add("Saved. The router and agents' desks use the new settings now.", Severity.Success);
        }
    }
}
