using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Metrics;
using ContactCenter.Domain.Metrics.Floor;
using ContactCenter.Domain.Routing;

namespace ContactCenter.Domain.Tests.Metrics.Floor;

/// <summary>
/// Feeds a <see cref="LiveFloor"/> committed steps as the server does: each conversation's and
/// agent's steps numbered by stream version, times written by hand on a fake clock.
/// </summary>
internal sealed class FloorScript(DateTimeOffset morning, TimeZoneInfo zone)
{
    public static readonly Guid Alice = Guid.Parse("0193a1b2-0000-7000-8000-00000000a001");
    public static readonly Guid Bob = Guid.Parse("0193a1b2-0000-7000-8000-00000000a002");
    public static readonly Guid Carol = Guid.Parse("0193a1b2-0000-7000-8000-00000000a004");
    public static readonly Guid Sam = Guid.Parse("0193a1b2-0000-7000-8000-00000000a003");

    private readonly Dictionary<Guid, long> _versions = [];
    private readonly List<ConversationEvent> _events = [];

    public LiveFloor Floor { get; } = new(morning, zone);

    public FloorChange Last { get; private set; } = FloorChange.None;

    /// <summary>The facts of every conversation so far, folded from the same steps as the floor (what the server's projection keeps).</summary>
    public IReadOnlyList<ConversationFacts> Facts =>
        [.. _events.GroupBy(e => e.ConversationId).Select(g => g.Aggregate((ConversationFacts?)null, ConversationFacts.Evolve)!)];

    public static Author Staff(Guid id) => new(AuthorKind.Agent, id, id == Sam ? "Sam" : "Agent");

    public Guid Start(string queue, DateTimeOffset at)
    {
        var id = Guid.CreateVersion7();
        Step(new ConversationStarted(id, Guid.NewGuid(), queue, "web-chat", at));
        return id;
    }

    public void Offer(Guid c, Guid agent, DateTimeOffset at) => Step(new ConversationOffered(c, agent, "Agent", Guid.NewGuid(), at.AddSeconds(20), 1, at));

    public void Expire(Guid c, Guid agent, DateTimeOffset at) => Step(new OfferDeclined(c, agent, Guid.NewGuid(), "expired", at));

    public void Accept(Guid c, Guid agent, DateTimeOffset at) => Step(new OfferAccepted(c, agent, "Agent", Guid.NewGuid(), at));

    public void Customer(Guid c, DateTimeOffset at) => Step(new MessagePosted(c, Guid.NewGuid(), new Author(AuthorKind.Customer, null, "Jane"), "Hello?", at));

    public void Reply(Guid c, Guid agent, DateTimeOffset at) => Step(new MessagePosted(c, Guid.NewGuid(), Staff(agent), "Hi!", at));

    public void End(Guid c, Guid by, DateTimeOffset at) => Step(new ConversationEnded(c, Staff(by), at));

    public void Resolve(Guid c, Guid by, DateTimeOffset at) => Step(new ConversationResolved(c, Staff(by), at));

    public void Leave(Guid c, bool whileWaiting, DateTimeOffset at) => Step(new CustomerLeft(c, Guid.NewGuid(), whileWaiting, at));

    public void FinishWrapUp(Guid c, Guid owner, string reason, DateTimeOffset at) => Step(new WrapUpFinished(c, owner, reason, at));

    public void Rate(Guid c, int rating, DateTimeOffset at) => Step(new ConversationRated(c, rating, null, at));

    public void Transfer(Guid c, string from, string to, Guid agent, DateTimeOffset at) =>
        Step(new ConversationTransferred(c, from, to, agent, "needs billing", Staff(agent), at));

    public void OfferTransfer(Guid c, Guid from, Guid to, string toQueue, DateTimeOffset at) =>
        Step(new TransferOffered(c, from, to, "Agent", toQueue, Guid.NewGuid(), null, at.AddSeconds(30), Staff(from), at));

    public void AcceptTransfer(Guid c, Guid from, Guid to, string fromQueue, string toQueue, DateTimeOffset at) =>
        Step(new TransferAccepted(c, from, to, "Agent", fromQueue, toQueue, Guid.NewGuid(), at));

    /// <summary>The owner invites a guest, who joins at once.</summary>
    public void Conference(Guid c, Guid owner, Guid guest, DateTimeOffset invitedAt, DateTimeOffset joinedAt)
    {
        var invite = Guid.NewGuid();
        Step(new ConferenceInvited(c, invite, guest, "Agent", invitedAt.AddSeconds(30), Staff(owner), invitedAt));
        Step(new ConferenceJoined(c, invite, guest, "Agent", joinedAt));
    }

    /// <summary>The owner leaves a conference and the guest takes it over.</summary>
    public void OwnerLeaves(Guid c, Guid owner, Guid guest, DateTimeOffset at) =>
        Step(new ParticipantLeft(c, owner, "Agent", true, guest, "Agent", false, at));

    public void State(Guid agent, GlobalState state, string? reason, DateTimeOffset at) =>
        Last = Floor.Apply(new AgentStateChanged(agent, state, reason, "agent", at), Next(agent));

    /// <summary>Folds a step at the stream's next version.</summary>
    public void Step(ConversationEvent e)
    {
        _events.Add(e);
        Last = Floor.Apply(e, Next(e.ConversationId));
    }

    /// <summary>Folds a step again at a version already folded, as a repeated push would.</summary>
    public FloorChange Repeat(ConversationEvent e) => Floor.Apply(e, _versions[e.ConversationId]);

    public QueueFigures Figures(string queue, TimeSpan threshold, params Guid[] members) => FloorFigures.Of(Floor, queue, threshold, members);

    private long Next(Guid stream) => _versions[stream] = _versions.GetValueOrDefault(stream) + 1;
}
