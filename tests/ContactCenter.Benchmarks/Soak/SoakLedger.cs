using System.Collections.Concurrent;

namespace ContactCenter.Benchmarks.Soak;

/// <summary>What the parties of a soak did and saw, for the audit against the store at the end.</summary>
public sealed class SoakLedger
{
    private readonly ConcurrentDictionary<Guid, ConcurrentBag<Guid>> _acknowledged = new();
    private readonly ConcurrentBag<ChatView> _customerViews = [];
    private readonly ConcurrentBag<ChatView> _agentViews = [];
    private readonly ConcurrentDictionary<string, int> _refusals = new();
    private int _reconnects, _neverAnswered, _gaveUp;

    public IReadOnlyDictionary<Guid, ConcurrentBag<Guid>> AcknowledgedByChat => _acknowledged;
    public IReadOnlyCollection<ChatView> CustomerViews => _customerViews;
    public IReadOnlyCollection<ChatView> AgentViews => _agentViews;
    public IReadOnlyDictionary<string, int> Refusals => _refusals;
    public int Reconnects => _reconnects;
    public int NeverAnsweredCount => _neverAnswered;
    public int GaveUpCount => _gaveUp;

    public void Started(ChatView customerView)
    {
        _customerViews.Add(customerView);
        _acknowledged.TryAdd(customerView.ConversationId, []);
    }

    public void Watches(ChatView agentView) => _agentViews.Add(agentView);

    public void Acknowledged(Guid conversationId, Guid messageId) => _acknowledged.GetOrAdd(conversationId, _ => []).Add(messageId);

    /// <summary>A send the node refused (an agent answering after the customer left): counted by its code.</summary>
    public void Refused(string error) => _refusals.AddOrUpdate(CodeOf(error), 1, (_, n) => n + 1);

    public void Reconnected() => Interlocked.Increment(ref _reconnects);

    public void NeverAnswered() => Interlocked.Increment(ref _neverAnswered);

    public void GaveUp() => Interlocked.Increment(ref _gaveUp);

    // "... HubException: code: sentence"
    private static string CodeOf(string error)
    {
        var at = error.IndexOf("HubException: ", StringComparison.Ordinal);
        var rest = at < 0 ? error : error[(at + "HubException: ".Length)..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? rest[..colon] : "error";
    }
}
