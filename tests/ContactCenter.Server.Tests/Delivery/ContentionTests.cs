using System.Net;
using System.Net.Http.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Delivery;

/// <summary>Many writers on one conversation: every write gets an answer a client can act on, and pushes leave in version order.</summary>
[Collection(ChatScenes.Name)]
public sealed class ContentionTests(SharedServerFixture fixture)
{
    [Fact]
    public async Task Eight_concurrent_rest_writers_get_no_server_error_and_every_message_is_stored_once()
    {
        // Tried: eight REST clients post 25 messages each to one conversation at the same time
        // (before the fix, half of them got HTTP 500 with the exception text). A retryable refusal
        // (409 with a code and Retry-After) would be sent again with the same id, as a client does.
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var session = await scene.StartChatAsync("Busy Conversation");
        var chat = session.ConversationId!.Value;
        using var taker = await scene.SignedInAsync("jamie.agent");
        (await taker.PostAsync($"{ApiRoutes.Conversations}/{chat}/take", null)).EnsureSuccessStatusCode();
        var token = await scene.TokenAsync("jamie.agent");
        var statuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();
        var ids = Enumerable.Range(0, 8).Select(_ => Enumerable.Range(0, 25).Select(_ => Guid.NewGuid()).ToArray()).ToArray();

        await Task.WhenAll(ids.Select(async (mine, writer) =>
        {
            using var api = new HttpClient { BaseAddress = host.Address };
            api.DefaultRequestHeaders.Authorization = new("Bearer", token);
            foreach (var id in mine)
            {
                for (var attempt = 1; ; attempt++)
                {
                    using var response = await api.PostAsJsonAsync($"{ApiRoutes.Conversations}/{chat}/messages", new { text = $"writer {writer}: {id}", messageId = id });
                    statuses.Add(response.StatusCode);
                    if (response.StatusCode != HttpStatusCode.Conflict || attempt == 5)
                    {
                        break;
                    }

                    var problem = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
                    Assert.Equal("conflict", problem!["code"].ToString());
                    Assert.True(response.Headers.RetryAfter is not null, "A retryable refusal says when to try again.");
                }
            }
        }));

        Assert.DoesNotContain(statuses, s => (int)s >= 500);
        var steps = await taker.GetFromJsonAsync<ConversationEventDto[]>($"{ApiRoutes.Conversations}/{chat}");
        var stored = steps!.Select(s => s.Payload).OfType<MessageStep>().Select(said => said.Message.Id).ToList();
        Assert.Equal(ids.SelectMany(i => i).Order(), stored.Order());
    }

    [Fact]
    public async Task Pushes_of_one_conversation_reach_a_third_connection_in_version_order_under_concurrent_writers()
    {
        // Tried: two customer connections, two REST writers and a supervisor's notes write to one
        // conversation at once (200 writes); the agent's connection records the order in which the
        // pushes arrive. Before the fix, close commits were pushed swapped (v32 before v31).
        var scene = await fixture.NewSceneAsync();
        var host = scene.Host;
        var session = await scene.StartChatAsync("Ordered Pushes");
        var chat = session.ConversationId!.Value;
        await using var agent = await host.AgentHubAsync(await scene.TokenAsync("jamie.agent"));
        var arrived = new System.Collections.Concurrent.ConcurrentQueue<long>();
        agent.On<ConversationEventDto>("ConversationEvent", step =>
        {
            if (step.ConversationId == chat)
            {
                arrived.Enqueue(step.Version);
            }
        });
        var atAgent = new StepInbox(agent);
        var taken = (await agent.InvokeAsync<CommandAck>("Take", chat)).Version;
        await using var phone = await host.CustomerHubAsync(session.CustomerToken);
        await using var laptop = await host.CustomerHubAsync(session.CustomerToken);
        await using var supervisor = await host.AgentHubAsync(await scene.TokenAsync("sam.supervisor"));
        await supervisor.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        var token = await scene.TokenAsync("jamie.agent");

        async Task RestAsync(int count)
        {
            using var api = new HttpClient { BaseAddress = host.Address };
            api.DefaultRequestHeaders.Authorization = new("Bearer", token);
            for (var i = 0; i < count; i++)
            {
                (await api.PostAsJsonAsync($"{ApiRoutes.Conversations}/{chat}/messages", new { text = $"rest {i}", messageId = Guid.NewGuid() })).EnsureSuccessStatusCode();
            }
        }

        // Hub senders stay within the per-sender flood guard's burst.
        async Task HubAsync(HubConnection connection, string method, int count)
        {
            for (var i = 0; i < count; i++)
            {
                await connection.InvokeAsync<CommandAck>(method, chat, Guid.NewGuid(), $"{method} {i}");
            }
        }

        await Task.WhenAll(RestAsync(95), RestAsync(95), HubAsync(phone, "SendMessage", 3), HubAsync(laptop, "SendMessage", 2), HubAsync(supervisor, "PostNote", 5));
        var last = taken + 200;
        await atAgent.VersionAsync(chat, last);

        var order = arrived.Where(v => v > taken).ToList();
        Assert.Equal(Enumerable.Range((int)taken + 1, 200).Select(v => (long)v), order);
    }
}
