using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Persistence.EventStreams;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing.Scenes;
using Marten;

namespace ContactCenter.Server.Tests.Storage;

/// <summary>
/// A stream two nodes write (a chat whose customer is on one node and agent on the other): each
/// node's cached state goes stale with every write of the other. After the first conflict a writer
/// checks the stream's version before deciding, so the writes that follow no longer fail their commit.
/// </summary>
[Collection(ChatScenes.Name)]
public sealed class ContestedStreamTests(SharedServerFixture fixture)
{
    [Fact]
    public async Task Two_nodes_taking_turns_on_one_chat_meet_one_conflict_each_and_then_none()
    {
        // Tried: two stream writers on one store, as two nodes' are, post to one chat in turn, eight times.
        var scene = await fixture.NewSceneAsync();
        var store = scene.Host.GetRequiredService<IDocumentStore>();
        var model = scene.Host.GetRequiredService<StreamModel<ConversationWrite, Conversation?>>();
        var chat = (await scene.StartChatAsync("Two Nodes")).ConversationId!.Value;
        StreamWriter<ConversationWrite, Conversation?>[] nodes = [new(store, model), new(store, model)];
        var customer = await CustomerOfAsync(store, chat);

        var conflicts = new List<long>();
        for (var turn = 0; turn < 8; turn++)
        {
            var post = new PostMessage(chat, Guid.NewGuid(), new Author(AuthorKind.Customer, customer, "Customer"), $"turn {turn}", DateTimeOffset.UtcNow);
            var written = await nodes[turn % 2].WriteAsync(new ConversationWrite(post, Staff: null), CancellationToken.None);
            Assert.Null(written.Error);
            conflicts.Add(nodes.Sum(n => n.Conflicts));
        }

        // Turns 0 and 1 read the stream (nothing cached yet); turns 2 and 3 decide on a stale state
        // and fail once each; from then on each node checks the version first.
        Assert.Equal([0, 0, 1, 2, 2, 2, 2, 2], conflicts);
        await using var session = store.QuerySession();
        var (_, steps) = await session.ReadAsync(chat, CancellationToken.None);
        Assert.Equal(8, steps.Count(s => s.Event is MessagePosted));
    }

    private static async Task<Guid> CustomerOfAsync(IDocumentStore store, Guid chat)
    {
        await using var session = store.QuerySession();
        var (state, _) = await session.ReadAsync(chat, CancellationToken.None);
        return state!.CustomerId;
    }
}
