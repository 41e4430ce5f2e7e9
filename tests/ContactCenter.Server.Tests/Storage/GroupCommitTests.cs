using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Persistence.EventStreams;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;
using JasperFx;
using Marten;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Storage;

/// <summary>
/// Writes of different conversations that are ready together commit in one transaction
/// (docs/storage.md, "Group commit"): each sender is answered with its own message's version, and a
/// stream that meets a concurrent writer fails alone.
/// </summary>
[Collection(ChatScenes.Name)]
public sealed class GroupCommitTests(SharedServerFixture fixture)
{
    [Fact]
    public async Task A_stale_write_in_a_batch_fails_alone_and_the_other_conversations_messages_are_stored()
    {
        // Tried: one batch holds a message for each of two chats; the first was decided on a version
        // another writer has since passed (as another node's write would leave it).
        var scene = await fixture.NewSceneAsync();
        var store = scene.Host.GetRequiredService<IDocumentStore>();
        var model = scene.Host.GetRequiredService<StreamModel<ConversationWrite, Conversation?>>();
        var stale = await scene.StartChatAsync("Stale Writer");
        var fresh = await scene.StartChatAsync("Fresh Writer");
        await using (var other = await scene.Host.CustomerHubAsync(stale.CustomerToken))
        {
            await other.InvokeAsync<CommandAck>("SendMessage", stale.ConversationId!.Value, Guid.NewGuid(), "The other writer's message");
        }

        var staleWrite = await PostAsync(store, stale, versionBehind: 1);
        var freshWrite = await PostAsync(store, fresh, versionBehind: 0);

        await new GroupCommit<ConversationWrite, Conversation?>(store, model).CommitTogetherAsync([staleWrite, freshWrite]);

        await Assert.ThrowsAnyAsync<ConcurrencyException>(() => staleWrite.Done.Task);
        await freshWrite.Done.Task;
        Assert.Contains(await MessagesAsync(scene, fresh), m => m == Message(freshWrite));
        Assert.DoesNotContain(await MessagesAsync(scene, stale), m => m == Message(staleWrite));
    }

    [Fact]
    public async Task A_start_of_a_stream_that_exists_fails_alone_as_a_conflict_and_the_other_writes_of_its_batch_are_stored()
    {
        // Tried: one batch holds a start of a conversation stream that another writer has started
        // since (as two nodes starting the same chat would), beside another chat's message. Marten
        // names that collision with its own exception type: it must still be a conflict of that
        // stream alone, not a failure of the whole batch.
        var scene = await fixture.NewSceneAsync();
        var store = scene.Host.GetRequiredService<IDocumentStore>();
        var model = scene.Host.GetRequiredService<StreamModel<ConversationWrite, Conversation?>>();
        var started = await scene.StartChatAsync("Started Elsewhere");
        var fresh = await scene.StartChatAsync("Fresh Writer");
        var startAgain = await PostAsync(store, started, versionBehind: await VersionAsync(store, started));
        var freshWrite = await PostAsync(store, fresh, versionBehind: 0);

        await new GroupCommit<ConversationWrite, Conversation?>(store, model).CommitTogetherAsync([startAgain, freshWrite]);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => startAgain.Done.Task);
        Assert.Equal(started.ConversationId, StreamConflicts.StreamOf(refused));
        await freshWrite.Done.Task;
        Assert.Contains(await MessagesAsync(scene, fresh), m => m == Message(freshWrite));
        Assert.DoesNotContain(await MessagesAsync(scene, started), m => m == Message(startAgain));
    }

    [Fact]
    public async Task Two_writers_that_pass_the_version_check_together_make_a_conflict_of_that_write_alone_and_the_rest_of_its_batch_is_stored()
    {
        // Tried: another writer (another node) has appended to a chat in a transaction not yet
        // committed when a batch writes the same chat at the same version beside another chat's
        // message. Both pass Marten's version check, the batch meets the events table's key once
        // the other commits, and PostgreSQL redacts which stream it was: the clash must still be a
        // conflict its writer decides again, and must not fail the other chat's message.
        var scene = await fixture.NewSceneAsync();
        var store = scene.Host.GetRequiredService<IDocumentStore>();
        var model = scene.Host.GetRequiredService<StreamModel<ConversationWrite, Conversation?>>();
        var clashing = await scene.StartChatAsync("Clashing Writer");
        var fresh = await scene.StartChatAsync("Fresh Writer");
        var behind = await PostAsync(store, clashing, versionBehind: 0);
        var freshWrite = await PostAsync(store, fresh, versionBehind: 0);
        var other = await PostAsync(store, clashing, versionBehind: 0);

        await using var holder = store.Storage.Database.CreateConnection();
        await holder.OpenAsync();
        await using var open = await holder.BeginTransactionAsync();
        await using (var otherNode = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(open)))
        {
            otherNode.Events.Append(clashing.ConversationId!.Value, other.Version + 1, other.Events);
            await otherNode.SaveChangesAsync();
        }

        var batch = new GroupCommit<ConversationWrite, Conversation?>(store, model).CommitTogetherAsync([behind, freshWrite]);
        await WaitUntilBlockedAsync(store, holder.ProcessID);
        await open.CommitAsync();
        await batch;

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => behind.Done.Task);
        Assert.True(StreamConflicts.IsConflict(refused), $"Not taken for a conflict: {refused}");
        await freshWrite.Done.Task;
        Assert.Contains(await MessagesAsync(scene, fresh), m => m == Message(freshWrite));
        var clashingMessages = await MessagesAsync(scene, clashing);
        Assert.Contains(clashingMessages, m => m == Message(other));
        Assert.DoesNotContain(clashingMessages, m => m == Message(behind));
    }

    // Until some other session waits on a lock the holder's open transaction took.
    private static async Task WaitUntilBlockedAsync(IDocumentStore store, int holder)
    {
        await using var watcher = store.Storage.Database.CreateConnection();
        await watcher.OpenAsync();
        for (var attempt = 0; attempt < 200; attempt++)
        {
            await using var command = new Npgsql.NpgsqlCommand("select count(*) from pg_stat_activity where @holder = any(pg_blocking_pids(pid))", watcher);
            command.Parameters.AddWithValue("holder", holder);
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The batch never waited on the other writer's transaction.");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_new_chat_in_a_batch_that_meets_a_conflict_is_either_stored_whole_or_refused_as_a_conflict(bool staleFirst)
    {
        // Tried: one batch holds the start of a new chat beside a message decided on a version
        // another writer has since passed. Marten may blame the start for the stale write's clash;
        // whatever it blames, a write answered as stored must be in the store with its inline view,
        // and a refused one must be a conflict its writer decides again, having stored nothing.
        var scene = await fixture.NewSceneAsync();
        var store = scene.Host.GetRequiredService<IDocumentStore>();
        var model = scene.Host.GetRequiredService<StreamModel<ConversationWrite, Conversation?>>();
        var stale = await scene.StartChatAsync("Stale Writer");
        await using (var other = await scene.Host.CustomerHubAsync(stale.CustomerToken))
        {
            await other.InvokeAsync<CommandAck>("SendMessage", stale.ConversationId!.Value, Guid.NewGuid(), "The other writer's message");
        }

        var staleWrite = await PostAsync(store, stale, versionBehind: 1);
        var newChat = Guid.CreateVersion7();
        var start = new StartConversation(newChat, Guid.CreateVersion7(), "support", "web-chat", DateTimeOffset.UtcNow);
        var started = (ConversationEvent)ConversationDecider.Decide(start, null).Events.Single();
        var startWrite = new GroupCommit<ConversationWrite, Conversation?>.Pending(new ConversationWrite(start, Staff: null), 0, [started],
            new StreamCommit<Conversation?>(newChat, null, [new StreamStep<Conversation?>(1, started, Conversation.Evolve(null, started))]));

        await new GroupCommit<ConversationWrite, Conversation?>(store, model).CommitTogetherAsync(staleFirst ? [staleWrite, startWrite] : [startWrite, staleWrite]);

        var staleRefusal = await Assert.ThrowsAnyAsync<Exception>(() => staleWrite.Done.Task);
        Assert.True(StreamConflicts.IsConflict(staleRefusal), $"Not taken for a conflict: {staleRefusal}");
        Assert.DoesNotContain(await MessagesAsync(scene, stale), m => m == Message(staleWrite));
        await using var session = store.QuerySession();
        var stored = (await session.Events.FetchStreamStateAsync(newChat))?.Version;
        var history = await session.LoadAsync<ConversationHistory>(newChat);
        if (startWrite.Done.Task.IsFaulted)
        {
            Assert.True(StreamConflicts.IsConflict(startWrite.Done.Task.Exception!.InnerException!), $"Not taken for a conflict: {startWrite.Done.Task.Exception}");
            Assert.Null(stored);
            Assert.Null(history);
        }
        else
        {
            Assert.Equal(1, stored);
            Assert.NotNull(history);
        }
    }

    [Fact]
    public async Task Customers_of_many_chats_sending_at_once_are_each_acknowledged_with_the_version_their_message_was_stored_at()
    {
        // Tried: twelve customers in twelve chats send three messages each at the same moment, so
        // their writes meet in batches; every acknowledgement must name its own message's place.
        var scene = await fixture.NewSceneAsync();
        var chats = new List<(CustomerSession Session, HubConnection Hub)>();
        for (var i = 0; i < 12; i++)
        {
            var session = await scene.StartChatAsync($"Batch Sender {i}");
            chats.Add((session, await scene.Host.CustomerHubAsync(session.CustomerToken)));
        }

        var acks = await Task.WhenAll(chats.Select(async chat =>
        {
            var mine = new List<(Guid Id, long Version)>();
            for (var m = 0; m < 3; m++)
            {
                var id = Guid.NewGuid();
                mine.Add((id, (await chat.Hub.InvokeAsync<CommandAck>("SendMessage", chat.Session.ConversationId!.Value, id, $"batched {m}")).Version));
            }

            return (chat.Hub, Chat: chat.Session.ConversationId!.Value, Acks: mine);
        }));

        foreach (var (hub, chat, mine) in acks)
        {
            var steps = await hub.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
            var stored = steps.Where(s => s.ChatMessage() is not null).Select(s => (s.ChatMessage()!.Id, s.Version)).ToList();
            Assert.Equal(mine, stored);
            await hub.DisposeAsync();
        }
    }

    private static Guid Message(GroupCommit<ConversationWrite, Conversation?>.Pending write) => ((PostMessage)write.Command.Command).MessageId;

    private static async Task<IReadOnlyList<Guid>> MessagesAsync(Scene scene, CustomerSession chat)
    {
        await using var hub = await scene.Host.CustomerHubAsync(chat.CustomerToken);
        var steps = await hub.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat.ConversationId!.Value, 0L);
        return [.. steps.Select(s => s.ChatMessage()?.Id).OfType<Guid>()];
    }

    private static async Task<int> VersionAsync(IDocumentStore store, CustomerSession chat)
    {
        await using var session = store.QuerySession();
        return (int)(await session.Events.FetchStreamStateAsync(chat.ConversationId!.Value))!.Version;
    }

    // A decided write as the stream writer queues it, made on the stream's state as stored, or on the
    // state a given number of versions ago.
    private static async Task<GroupCommit<ConversationWrite, Conversation?>.Pending> PostAsync(IDocumentStore store, CustomerSession chat, int versionBehind)
    {
        var id = chat.ConversationId!.Value;
        await using var session = store.QuerySession();
        var (state, steps) = await session.ReadAsync(id, CancellationToken.None);
        var version = steps[^1].Version - versionBehind;
        var post = new PostMessage(id, Guid.NewGuid(), new Author(AuthorKind.Customer, state!.CustomerId, "Customer"), "Batched", DateTimeOffset.UtcNow);
        var posted = (ConversationEvent)ConversationDecider.Decide(post, state).Events.Single();
        var commit = new StreamCommit<Conversation?>(id, state, [new StreamStep<Conversation?>(version + 1, posted, Conversation.Evolve(state, posted))]);
        return new(new ConversationWrite(post, Staff: null), version, [posted], commit);
    }
}
