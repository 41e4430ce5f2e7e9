using ContactCenter.Domain.Access;
using ContactCenter.Server.Components.Admin.Shared;
using ContactCenter.Server.Features.Queues.Settings;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.Server.Components.Admin.Queues;

public partial class QueueListPage
{
    private IReadOnlyList<QueueListRow>? _rows;
    private bool _mayChange;

    [Inject] private QueueSettingsReader Reader { get; set; } = null!;
    [Inject] private AdminActor Actor { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        _mayChange = (await Actor.GrantAsync())?.Has(Permissions.SettingsQueuesManage) == true;
        _rows = await Reader.ListAsync();
    }
}
