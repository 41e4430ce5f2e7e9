using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Analytics;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing.Scenes;

namespace ContactCenter.Server.Tests.Analytics;

[Collection(ChatScenes.Name)]
public sealed class TeamAnalyticsRefusalTests(SharedServerFixture fixture)
{
    [Fact]
    public async Task Agents_and_senior_agents_are_refused_team_analytics_and_its_csv()
    {
        var scene = await fixture.NewSceneAsync();
        using var jamie = await scene.SignedInAsync("jamie.agent");
        using var sasha = await scene.SignedInAsync("sasha.senior");

        using var agent = await jamie.GetAsync(new Uri($"{ApiRoutes.TeamAnalytics}?period=today", UriKind.Relative));
        using var senior = await sasha.GetAsync(new Uri($"{ApiRoutes.TeamAnalyticsCsv}?period=today", UriKind.Relative));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (agent.StatusCode, senior.StatusCode));
    }

    [Fact]
    public async Task A_supervisor_reads_only_the_queues_they_supervise()
    {
        var scene = await fixture.NewSceneAsync();
        using var sam = await scene.SignedInAsync("sam.supervisor");

        var figures = (await sam.GetFromJsonAsync<TeamAnalyticsDto>($"{ApiRoutes.TeamAnalytics}?period=7d"))!;
        using var other = await sam.GetAsync(new Uri($"{ApiRoutes.TeamAnalytics}?queue=support", UriKind.Relative));

        Assert.NotEmpty(figures.QueueIds);
        Assert.All(figures.QueueIds, q => Assert.EndsWith(scene.Tag, q, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);   // the seeded "support" is not one of his
    }

    [Theory]
    [InlineData("period=week", "invalid-period")]
    [InlineData("from=2025-03-04", "invalid-period")]
    [InlineData("from=2025-03-05&to=2025-03-04", "invalid-period")]
    [InlineData("from=4.3.2025&to=2025-03-04", "invalid-period")]
    [InlineData("period=today&from=2025-03-04&to=2025-03-04", "invalid-period")]
    [InlineData("agent=bob", "invalid-agent")]
    [InlineData("team=no-such-team", "unknown-team")]
    [InlineData("label=no-such-label", "unknown-label")]
    [InlineData("channel=no-such-channel", "unknown-channel")]
    [InlineData("queue=no-such-queue", "unknown-queue")]
    [InlineData("agent=0193a1b2-0000-7000-8000-000000000999", "unknown-agent")]
    public async Task Bad_input_is_a_clear_error_that_names_its_problem(string query, string code)
    {
        var scene = await fixture.NewSceneAsync();
        using var sam = await scene.SignedInAsync("sam.supervisor");

        using var answer = await sam.GetAsync(new Uri($"{ApiRoutes.TeamAnalytics}?{query}", UriKind.Relative));
        var problem = await answer.Content.ReadFromJsonAsync<Dictionary<string, object>>();

        Assert.False(answer.IsSuccessStatusCode);
        Assert.Equal(code, problem!["code"].ToString());
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"].ToString()));
    }
}
