using System.Collections.Concurrent;

namespace ContactCenter.Benchmarks.Soak;

/// <summary>What the parties of a soak did and saw, for the audit against the store at the end.</summary>
public sealed class SoakLedger
{
    private readonly ConcurrentDictionary<Guid, ConcurrentBag<Guid>> _acknowledged = new();
    private readonly ConcurrentBag<ChatView> _customerViews = [];
    private readonly ConcurrentBag<ChatView> _agentViews = [];
    private readonly ConcurrentDictionary<string, int> _refusals = new();
    private readonly ConcurrentDictionary<Guid, string> _starts = new();
    private int _reconnects, _neverAnswered, _gaveUp;

    public IReadOnlyDictionary<Guid, ConcurrentBag<Guid>> AcknowledgedByChat => _acknowledged;
    public IReadOnlyCollection<ChatView> CustomerViews => _customerViews;
    public IReadOnlyCollection<ChatView> AgentViews => _agentViews;
    public IReadOnlyDictionary<string, int> Refusals => _refusals;
    public int Reconnects => _reconnects;
    public int NeverAnsweredCount => _neverAnswered;
    public int GaveUpCount => _gaveUp;

    public void Started(ChatView customerView, Uri node)
    {
        _starts[customerView.ConversationId] = $"started on {node.Authority} at {DateTimeOffset.UtcNow:HH:mm:ss.fff}";
        _customerViews.Add(customerView);
        _acknowledged.TryAdd(customerView.ConversationId, []);
    }

    /// <summary>Where and when a customer was told the chat had started, for a chat the audit cannot find.</summary>
    public string StartOf(Guid conversationId) => _starts.GetValueOrDefault(conversationId, "not started by a soak customer");

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
