using System.Collections.Concurrent;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Conversations;
using ContactCenter.Testing;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Routing;

/// <summary>
/// Two nodes sharing the database and a real Redis backplane, agents on both, chats arriving on both
/// at once. Agents accept each offer and end the chat at once, so seats free up and every chat must
/// be offered. The store is then replayed in commit order to check the two promises of routing.
/// </summary>
public sealed class TwoNodeRoutingLoadTests
{
    private const int ChatsPerNode = 30;
    private const int Capacity = 2;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Chats_started_on_both_nodes_at_once_are_all_offered_never_to_two_agents_at_once_and_never_beyond_capacity()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var (nodeA, nodeB) = (nodes.A, nodes.B);
        var ended = new ConcurrentDictionary<Guid, Guid>();
        var allEnded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var failures = new ConcurrentQueue<Exception>();
        var agents = new List<HubConnection>();
        foreach (var (host, userName, displayName) in new[]
        {
            (nodeA, "jamie.agent", "Jamie Agent"), (nodeA, "alex.agent", "Alex Agent"),
            (nodeB, "sasha.senior", "Sasha Senior"), (nodeB, "sam.supervisor", "Sam Supervisor"),
        })
        {
            var agent = await ChatClients.ConnectAsync(host, ApiRoutes.AgentHub, await host.TokenAsync(userName));
            agent.On<ConversationEventDto>("ConversationEvent", step =>
            {
                if (step.Payload is OfferedStep offer && offer.AgentName == displayName)
                {
                    _ = AnswerAsync(agent, step.ConversationId);
                }
            });
            agents.Add(agent);
        }

        async Task AnswerAsync(HubConnection agent, Guid chat)
        {
            try
            {
                await agent.InvokeAsync<CommandAck>("AcceptOffer", chat);
                await agent.InvokeAsync<CommandAck>("End", chat);
                ended[chat] = chat;
                if (ended.Count == 2 * ChatsPerNode)
                {
                    allEnded.TrySetResult();
                }
            }
            catch (Exception e)
            {
                failures.Enqueue(e);
                allEnded.TrySetException(e);
            }
        }

        foreach (var agent in agents)
        {
            await agent.InvokeAsync<AgentPresenceDto>("SetChannel", "Chat", true, Capacity);
            await agent.InvokeAsync<AgentPresenceDto>("ChooseState", "Ready", null);
        }

        var started = await Task.WhenAll(Enumerable.Range(1, ChatsPerNode).SelectMany(i => new[]
        {
            nodeA.StartChatAsync($"Node A customer {i}", "support"),
            nodeB.StartChatAsync($"Node B customer {i}", "support"),
        }));
        await allEnded.Task.WaitAsync(Patience);

        Assert.Empty(failures);
        Assert.Equal(started.Select(s => s.ConversationId!.Value).Order(), ended.Keys.Order());
        await using var session = nodeB.GetRequiredService<IDocumentStore>().QuerySession();
        var history = await session.Events.QueryAllRawEvents().OrderBy(e => e.Sequence).ToListAsync();
        AssertNeverOfferedTwiceAtOnce(history);
        AssertNoAgentBeyondCapacity(history);
        foreach (var agent in agents)
        {
            await agent.DisposeAsync();
        }
    }

    private static void AssertNeverOfferedTwiceAtOnce(IReadOnlyList<IEvent> history)
    {
        foreach (var stream in history.GroupBy(e => e.StreamId))
        {
            var open = 0;
            foreach (var e in stream.Select(e => e.Data))
            {
                open += e switch { ConversationOffered => 1, OfferAccepted or OfferDeclined => -1, _ => 0 };
                Assert.InRange(open, 0, 1);
            }
        }
    }

    // The router counts an offer and an active or pending conversation against a seat (Alex's seeded
    // active chat too); replayed in commit order, no agent ever holds more than their capacity.
    private static void AssertNoAgentBeyondCapacity(IReadOnlyList<IEvent> history)
    {
        var seat = new Dictionary<Guid, Guid>();
        var load = new Dictionary<Guid, int>();
        void Take(Guid conversation, Guid agent)
        {
            seat[conversation] = agent;
            load[agent] = load.GetValueOrDefault(agent) + 1;
            Assert.True(load[agent] <= Capacity, $"Agent {agent} held {load[agent]} conversations at once.");
        }

        void Free(Guid conversation)
        {
            if (seat.Remove(conversation, out var agent))
            {
                load[agent]--;
            }
        }

        foreach (var e in history.Select(e => e.Data))
        {
            switch (e)
            {
                case ConversationOffered o: Take(o.ConversationId, o.AgentId); break;
                case ConversationAssigned a: Take(a.ConversationId, a.AgentId); break;
                case OfferDeclined d: Free(d.ConversationId); break;
                case ConversationEnded x: Free(x.ConversationId); break;
                case ConversationResolved x: Free(x.ConversationId); break;
                case CustomerLeft x: Free(x.ConversationId); break;
            }
        }
    }
}
