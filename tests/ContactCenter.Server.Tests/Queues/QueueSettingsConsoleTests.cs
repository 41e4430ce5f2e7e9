using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Queues;
using ContactCenter.Server.Features.Audit;
using ContactCenter.Server.Features.Queues.Settings;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;
using Microsoft.AspNetCore.SignalR.Client;

using static ContactCenter.Server.Tests.Routing.RoutingAgents;

namespace ContactCenter.Server.Tests.Queues;

/// <summary>
/// Queue settings as the admin console and the API change them: a new queue and its agents reach
/// the router and the agents' connections at once, a disabled queue takes no new chats, and a save
/// over someone else's newer one is refused, naming what they changed.
/// </summary>
[Collection(RoutingScenes.Name)]
public sealed class QueueSettingsConsoleTests(SharedServerFixture fixture)
{
    private const string Route = "/api/settings/queues";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task A_queue_created_in_settings_and_given_an_agent_gets_its_chats_offered_to_that_agent_without_a_restart()
    {
        var scene = await fixture.NewSceneAsync();
        var jamie = await scene.StaffAsync("jamie.agent");
        await using var before = await ReadyAgentAsync(scene, "jamie.agent");
        var ended = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        before.On<string>("SessionEnded", reason => ended.TrySetResult(reason));
        using var admin = await scene.SignedInAsync("ada.admin");
        var id = $"billing-{scene.Tag}";

        using var created = await admin.PostAsJsonAsync(Route, new Queue { Id = id, Name = "Billing", ChannelId = "web-chat" }, Json);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        using var listed = await PutAsync(admin, $"{Route}/{id}/agents", new[] { jamie.Id }, created.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);

        // Jamie's queues changed: the connection ends, and the next one works the new queue.
        Assert.Equal("Your access changed; sign in again.", await ended.Task.WaitAsync(Patience));
        await using var after = await ReadyAgentAsync(scene, "jamie.agent");
        var offered = FirstOfferAsync(after);
        var chat = (await scene.Host.StartChatAsync("Billing Customer", id)).ConversationId!.Value;
        Assert.Equal(chat, (await offered.WaitAsync(Patience)).ConversationId);
        Assert.Contains(jamie.Id, (await admin.GetFromJsonAsync<Guid[]>($"{Route}/{id}/agents"))!);
    }

    [Fact]
    public async Task A_disabled_queue_is_hidden_from_customers_and_refuses_new_chats_while_an_open_one_carries_on()
    {
        var scene = await fixture.NewSceneAsync();
        using var admin = await scene.SignedInAsync("ada.admin");
        var open = await scene.QueuedChatAsync("Already Waiting");
        var (queue, etag) = await ReadAsync(admin, scene.QueueId());

        using var disabled = await PutAsync(admin, $"{Route}/{scene.QueueId()}", queue with { Disabled = true }, etag);

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.DoesNotContain((await scene.Host.Http.GetFromJsonAsync<QueueSummaryLike[]>(ApiRoutes.Queues))!, q => q.Id == scene.QueueId());
        using var refused = await scene.Host.Http.PostAsJsonAsync(ApiRoutes.WidgetChats, new StartChatRequest("Too Late", null, scene.QueueId()));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("queue-disabled", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        var resumed = await scene.Host.StartChatAsync("Already Waiting", scene.QueueId(), open.CustomerToken);
        Assert.Equal(open.ConversationId, resumed.ConversationId);
    }

    [Fact]
    public async Task A_second_admin_saving_over_a_changed_queue_gets_412_naming_the_change_and_nothing_of_theirs_is_stored()
    {
        var scene = await fixture.NewSceneAsync();
        using var first = await scene.SignedInAsync("ada.admin");
        using var second = await scene.SignedInAsync("olivia.owner");
        var (queue, etag) = await ReadAsync(first, scene.QueueId());

        using var saved = await PutAsync(first, $"{Route}/{scene.QueueId()}", queue with { OfferTimeout = TimeSpan.FromSeconds(45) }, etag);
        using var stale = await PutAsync(second, $"{Route}/{scene.QueueId()}", queue with { Priority = 7 }, etag);
        using var garbled = await PutAsync(second, $"{Route}/{scene.QueueId()}", queue, "\"not-a-version\"");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.NotEqual(etag, saved.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("version-conflict", problem.GetProperty("code").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains($"ada.admin.{scene.Tag}", detail, StringComparison.Ordinal);
        Assert.Contains("offer timeout: 20 s → 45 s", detail, StringComparison.Ordinal);
        Assert.Contains("priority: 7 → 0", detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, garbled.StatusCode);
        var (stored, _) = await ReadAsync(first, scene.QueueId());
        Assert.Equal((TimeSpan.FromSeconds(45), 0), (stored.OfferTimeout, stored.Priority));
    }

    [Fact]
    public async Task The_consoles_save_over_a_changed_queue_names_only_what_the_other_admin_changed_and_the_audit_says_who_what_and_from_where()
    {
        var scene = await fixture.NewSceneAsync();
        using var api = await scene.SignedInAsync("ada.admin");
        var reader = scene.Host.GetRequiredService<QueueSettingsReader>();
        var save = scene.Host.GetRequiredService<SaveQueueSettings>();
        var read = (await reader.ReadAsync(scene.QueueId()))!;
        var (queue, etag) = await ReadAsync(api, scene.QueueId());
        (await PutAsync(api, $"{Route}/{scene.QueueId()}", queue with { ServiceLevelThreshold = TimeSpan.FromSeconds(90) }, etag)).EnsureSuccessStatusCode();

        var owner = await scene.StaffAsync("olivia.owner");
        var grant = new Domain.Access.AccessGrant(owner.Id, owner.UserName, new HashSet<string> { Domain.Access.Permissions.SettingsQueuesManage }, []);
        var outcome = await save.ReplaceAsync(
            new QueueChange(read.Queue with { Priority = 3 }, read.AgentIds, read.Version, read.Queue, read.AgentIds), grant, new AuditContext(owner.Id, owner.UserName, "203.0.113.9", DateTimeOffset.UtcNow));

        Assert.Equal(ViolationKind.Stale, outcome.Error?.Kind);
        Assert.Contains("service-level threshold: 1 min → 1 min 30 s", outcome.Error!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("priority", outcome.Error.Message, StringComparison.Ordinal);
        var entries = (await api.GetFromJsonAsync<AuditEntryDto[]>($"{ApiRoutes.Audit}?target=queue:{scene.QueueId()}"))!;
        var entry = Assert.Single(entries);
        Assert.Equal(($"ada.admin.{scene.Tag}", "127.0.0.1"), (entry.ActorName, entry.From));
        Assert.Contains("service-level threshold: 1 min → 1 min 30 s", entry.Details, StringComparison.Ordinal);
    }

    private static async Task<(Queue Queue, string ETag)> ReadAsync(HttpClient client, string id)
    {
        using var response = await client.GetAsync($"{Route}/{id}");
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<Queue>(Json))!, response.Headers.ETag!.Tag);
    }

    private static async Task<HttpResponseMessage> PutAsync<T>(HttpClient client, string path, T body, string ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body, options: Json) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    private sealed record QueueSummaryLike(string Id);
}
