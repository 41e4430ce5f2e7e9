using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Audit;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Teams;

/// <summary>
/// Queue membership through teams, through the running server: the router offers a team's queues
/// to its members, and a team change reaches an agent who is already connected.
/// </summary>
public sealed class TeamMembershipTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_member_of_a_team_a_queue_lists_is_offered_that_queues_chats_and_may_take_them()
    {
        // Jamie's own queue list holds only support; sales reaches Jamie only through the team.
        await using var host = await ServerHost.StartAsync();
        using (var admin = await host.SignedInAsync("ada.admin"))
        {
            var jamieId = await UserIdAsync(admin, "jamie.agent");
            (await admin.PostAsJsonAsync(ApiRoutes.Teams, new TeamRequest("sales-crew", "Sales crew", [jamieId]))).EnsureSuccessStatusCode();
            (await admin.PutAsJsonAsync("/api/settings/queues/sales", TeamAdministrationTests.SalesListing("sales-crew"))).EnsureSuccessStatusCode();
        }

        await using var jamie = await host.AgentHubAsync(await host.TokenAsync("jamie.agent"));
        var offered = new TaskCompletionSource<ConversationEventDto>(TaskCreationOptions.RunContinuationsAsynchronously);
        jamie.On<ConversationEventDto>("ConversationEvent", step =>
        {
            if (step.Payload is OfferedStep offer && offer.AgentName == "Jamie Agent") offered.TrySetResult(step);
        });
        await jamie.InvokeAsync<AgentPresenceDto>("ChooseState", "Ready", null);

        var chat = (await host.StartChatAsync("Wants to buy", "sales")).ConversationId!.Value;

        Assert.Equal(chat, (await offered.Task.WaitAsync(Patience)).ConversationId);
        await jamie.InvokeAsync<CommandAck>("AcceptOffer", chat);
        Assert.Equal(ConversationStatusDto.Active, (await jamie.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L))[^1].Status);
    }

    [Fact]
    public async Task Adding_a_connected_agent_to_a_team_ends_their_session_and_they_come_back_with_the_teams_queue()
    {
        await using var host = await ServerHost.StartAsync();
        using var admin = await host.SignedInAsync("ada.admin");
        var jamieId = await UserIdAsync(admin, "jamie.agent");
        (await admin.PostAsJsonAsync(ApiRoutes.Teams, new TeamRequest("sales-crew", "Sales crew", []))).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync("/api/settings/queues/sales", TeamAdministrationTests.SalesListing("sales-crew"))).EnsureSuccessStatusCode();
        await using var before = await host.AgentHubAsync(await host.TokenAsync("jamie.agent"));
        var ended = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        before.On<string>("SessionEnded", reason => ended.TrySetResult(reason));

        (await admin.PutAsJsonAsync($"{ApiRoutes.Teams}/sales-crew", new TeamRequest("sales-crew", "Sales crew", [jamieId]))).EnsureSuccessStatusCode();

        Assert.Equal("Your access changed; sign in again.", await ended.Task.WaitAsync(Patience));
        await using var after = await host.AgentHubAsync(await host.TokenAsync("jamie.agent"));
        var inbox = new StepInbox(after);
        var chat = (await host.StartChatAsync("Arrives in sales", "sales")).ConversationId!.Value;
        Assert.IsType<StartedStep>((await inbox.VersionAsync(chat, 1)).Payload);
        var changed = (await admin.GetFromJsonAsync<AuditEntryDto[]>($"{ApiRoutes.Audit}?action={AuditActions.TeamChanged}"))!;
        Assert.Contains("queues-changed-for=jamie.agent", Assert.Single(changed).Details, StringComparison.Ordinal);
    }

    private static async Task<Guid> UserIdAsync(HttpClient admin, string userName) =>
        (await admin.GetFromJsonAsync<UserDto[]>(ApiRoutes.Users))!.Single(u => u.UserName == userName).Id;
}
