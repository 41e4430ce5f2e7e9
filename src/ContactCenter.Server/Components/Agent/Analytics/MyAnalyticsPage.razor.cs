using ContactCenter.Contracts.Analytics;
using ContactCenter.Domain.Metrics;

namespace ContactCenter.Server.Components.Agent.Analytics;

/// <summary>The agent's own figures; read again when the desk sees a step that moves them, never polled.</summary>
public partial class MyAnalyticsPage
{
    private string _period = MetricPeriods.Today;
    private MyAnalyticsDto? _figures;
    private int _reading;

    protected override void OnInitialized()
    {
        base.OnInitialized();
        Desk.FiguresMoved += OnFiguresMoved;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            if (await StartDeskAsync())
            {
                await ReadAsync();
            }

            StateHasChanged();
        }
    }

    private async Task ChooseAsync(string period)
    {
        _period = period;
        _figures = null;
        await ReadAsync();
    }

    private Task ReadAsync() => RunAsync(async () => _figures = await Desk.Client!.GetMyAnalyticsAsync(_period));

    // Several steps may land at once (a reply and a rating): one read covers them.
    private void OnFiguresMoved()
    {
        if (Interlocked.Exchange(ref _reading, 1) == 0)
        {
            _ = InvokeAsync(async () =>
            {
                await ReadAsync();
                Interlocked.Exchange(ref _reading, 0);
                StateHasChanged();
            });
        }
    }

    protected override void OnDispose() => Desk.FiguresMoved -= OnFiguresMoved;

    internal static string Duration(TimeSpan? value) => value switch
    {
        null => "—",
        { TotalSeconds: < 60 } v => $"{v.TotalSeconds:0}s",
        { TotalHours: < 1 } v => $"{(int)v.TotalMinutes}m {v.Seconds:00}s",
        { TotalDays: < 1 } v => $"{(int)v.TotalHours}h {v.Minutes:00}m",
        var v => $"{(int)v.Value.TotalDays}d {v.Value.Hours}h",
    };

    private static string Of(int count, string one, string? many = null) => $"{count} {(count == 1 ? one : many ?? one + "s")}";
}
