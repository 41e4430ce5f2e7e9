using System.Globalization;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Analytics;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Components.Agent.Analytics;
using ContactCenter.Server.Features.Access.Grants;
using ContactCenter.Server.Features.Analytics;
using ContactCenter.Server.Features.Analytics.Team;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;

namespace ContactCenter.Server.Components.Supervisor.Analytics;

/// <summary>
/// Team analytics for the queues the signed-in supervisor may see. A report, not a live view: it
/// reads once per choice of period or filter, in process through the same reader as the REST API
/// (whose CSV the export link downloads), with the grant looked up afresh at each read.
/// </summary>
public partial class TeamAnalyticsPage
{
    private TeamAnalyticsQuery _query = new(Period: "today");
    private TeamChoices? _choices;
    private TeamAnalyticsDto? _figures;
    private string? _error;

    [Inject] private TeamAnalyticsReader Reader { get; set; } = null!;
    [Inject] private AccessGrants Grants { get; set; } = null!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = null!;
    [Inject] private TimeProvider Clock { get; set; } = null!;
    [Inject] private IOptions<TimeZoneOptions> Zone { get; set; } = null!;

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), Zone.Value.Zone).DateTime);

    private string CsvHref => ApiRoutes.TeamAnalyticsCsv + "?" + string.Join("&", Parameters(_query));

    // Once interactive: prerendering would read the store a second time for nothing.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && await GrantAsync() is { } grant)
        {
            _choices = await Reader.ChoicesAsync(grant, CancellationToken.None);
            await ReadAsync(grant);
            StateHasChanged();
        }
    }

    private async Task ChooseAsync(TeamAnalyticsQuery query)
    {
        _query = query;
        _figures = null;
        if (await GrantAsync() is { } grant)
        {
            await ReadAsync(grant);
        }
    }

    private async Task ReadAsync(AccessGrant grant)
    {
        var outcome = await Reader.ReadAsync(grant, _query, CancellationToken.None);
        (_figures, _error) = (outcome.Value, outcome.Error?.Message);
    }

    // A user disabled or whose roles changed since the page opened reads nothing more.
    private async Task<AccessGrant?> GrantAsync()
    {
        var grant = await Grants.ForPrincipalAsync((await Authentication.GetAuthenticationStateAsync()).User);
        _error = grant is null ? "Your session has ended: sign in again." : null;
        return grant;
    }

    private IEnumerable<string> QueueNames(IEnumerable<string> ids) =>
        ids.Select(id => _choices?.Queues.FirstOrDefault(q => q.Id == id)?.Name ?? id);

    internal static IEnumerable<string> Parameters(TeamAnalyticsQuery q)
    {
        (string Name, string? Value)[] all =
        [
            ("period", q.Period), ("from", q.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("to", q.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("queue", q.QueueId), ("team", q.TeamId), ("agent", q.AgentId?.ToString()), ("channel", q.ChannelId), ("label", q.LabelId),
        ];
        return all.Where(p => p.Value is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}");
    }

    internal static string Duration(TimeSpan? value) => MyAnalyticsPage.Duration(value);

    internal static string Percent(double? value) => value is { } p ? p.ToString("0.#", CultureInfo.CurrentCulture) + "%" : "—";

    private static string Count(int value) => value.ToString(CultureInfo.CurrentCulture);

    private static string Of(int count, string one, string? many = null) => $"{count} {(count == 1 ? one : many ?? one + "s")}";
}
