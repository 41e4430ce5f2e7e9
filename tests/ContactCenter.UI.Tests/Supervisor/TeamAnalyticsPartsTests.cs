using Bunit;
using ContactCenter.Contracts.Analytics;
using ContactCenter.Server.Components.Supervisor.Analytics;

namespace ContactCenter.UI.Tests.Supervisor;

/// <summary>The analytics page's parts: "—" where nothing was measured, and no zero drawn for a day without ratings.</summary>
public sealed class TeamAnalyticsPartsTests : MudTestContext
{
    private static TeamFiguresDto Figures(TimeSpan? handle, double? csat, int ratings) =>
        new(TimeSpan.FromSeconds(45), 1, null, 0, TimeSpan.FromSeconds(195), 1, handle, handle is null ? 0 : 1, csat, csat is null ? null : 4, ratings);

    [Fact]
    public void The_agent_table_shows_each_agents_figures_and_a_dash_for_what_was_not_measured()
    {
        var table = Render<AgentComparison>(p => p.Add(c => c.Agents, [new TeamAgentDto(Guid.NewGuid(), "Jamie Agent", Figures(TimeSpan.FromSeconds(165), 100, 1), 1, 0)]));
        var cells = table.Find("[data-testid=agent-row]").QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();

        Assert.Equal(["Jamie Agent", "45s", "—", "3m 15s", "1", "2m 45s", "1", "0", "100% (1)"], cells);
    }

    [Fact]
    public void No_agent_and_no_rating_are_said_in_words_not_drawn_as_zeros()
    {
        var table = Render<AgentComparison>(p => p.Add(c => c.Agents, []));
        var charts = Render<TeamCharts>(p => p.Add(c => c.Days, [new TeamDayDto(new DateOnly(2025, 3, 4), 3, 1, null, null, 0)]));

        Assert.NotNull(table.Find("[data-testid=agents-empty]"));
        Assert.NotNull(charts.Find("[data-testid=csat-empty]"));
        Assert.Single(charts.FindAll("svg.mud-chart-bar"));
    }
}
