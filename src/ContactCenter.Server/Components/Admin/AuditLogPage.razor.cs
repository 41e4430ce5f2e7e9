using ContactCenter.Contracts.Access;
using ContactCenter.Domain.Audit;
using ContactCenter.Server.Features.Audit;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.Server.Components.Admin;

public partial class AuditLogPage
{
    private static readonly string[] Actions =
        [.. typeof(AuditActions).GetFields().Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal)];

    private IReadOnlyList<AuditEntryDto>? _entries;
    private string? _actor;
    private string? _action;

    [Inject]
    private AuditReader Reader { get; set; } = null!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync() => _entries = await Reader.ReadAsync(new AuditFilter(_actor, _action, Limit: 200));
}
