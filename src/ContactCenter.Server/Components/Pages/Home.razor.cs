using ContactCenter.Contracts.Queues;
using ContactCenter.Server.Features.Queues.Catalog;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.Server.Components.Pages;

public partial class Home
{
    private IReadOnlyList<QueueSummary>? _queues;

    [Inject]
    private IQueueCatalog Catalog { get; set; } = null!;

    protected override async Task OnInitializedAsync() => _queues = await Catalog.ListAsync();
}
