using ContactCenter.Client.Realtime;
using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Desk;
using ContactCenter.Server.Features.Access.Authentication;
using ContactCenter.Server.Realtime;
using Microsoft.AspNetCore.Components.Authorization;

namespace ContactCenter.Server.Components.Agent;

/// <summary>
/// The circuit's live desk: one hub connection per circuit (to this node's loopback address, with a
/// token minted for the circuit's user), shared by every component of the desk. It folds the hub's
/// pushes into the inbox, transcripts and presence, and raises <see cref="Changed"/>; components
/// re-render through InvokeAsync. Hub calls are never awaited inside a hub callback (docs/realtime.md, rule 10).
/// </summary>
public sealed partial class DeskState(
    CircuitTokens tokens, CircuitBrowser browser, LoopbackAddress loopback, AuthenticationStateProvider authentication, ILogger<DeskState> logger) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, InboxRow> _rows = [];
    private readonly Dictionary<Guid, Transcript> _transcripts = [];
    private Task? _starting;

    public AgentChatClient? Client { get; private set; }
    public Guid Me { get; private set; }
    public bool Connected => Client?.IsConnected == true;
    public AgentPresenceDto? Presence { get; private set; }
    public IReadOnlyList<ReasonCodeDto> ReasonCodes { get; private set; } = [];
    public IReadOnlyList<LabelDto> Labels { get; private set; } = [];

    /// <summary>The custom fields of customer profiles, read once per circuit like the labels.</summary>
    public IReadOnlyList<CustomerFieldDto> CustomerFields { get; private set; } = [];

    /// <summary>Something the desk shows changed: components re-render.</summary>
    public event Action? Changed;

    /// <summary>A new offer for this agent: notify and play the sound.</summary>
    public event Action<InboxRow>? OfferArrived;

    /// <summary>A step of the agent's own conversation that personal figures count (a reply, a resolution, a rating).</summary>
    public event Action? FiguresMoved;

    /// <summary>The session ended (access changed): the reason, for the user.</summary>
    public event Action<string>? Ended;

    public IReadOnlyList<InboxRow> Inbox
    {
        get
        {
            lock (_gate)
            {
                return [.. _rows.Values];
            }
        }
    }

    public IReadOnlyList<InboxRow> Offers => [.. Inbox.Where(r => r.IsOfferTo(Me)).OrderBy(r => r.Item.OfferExpiresAt)];

    public Transcript? TranscriptOf(Guid conversationId)
    {
        lock (_gate)
        {
            return _transcripts.GetValueOrDefault(conversationId);
        }
    }

    /// <summary>Connects once per circuit; later calls wait for the same start.</summary>
    public Task StartAsync() => _starting ??= ConnectAsync();

    private async Task ConnectAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        Me = Guid.Parse(user.FindFirst(ContactCenterClaims.UserId)!.Value);
        var client = new AgentChatClient(loopback.Resolve(), async () => tokens.MintFor((await authentication.GetAuthenticationStateAsync()).User, browser.Address));
        client.Follower.StepApplied += step => OnStep(step, followed: true);
        client.QueueActivity += step => OnStep(step, followed: false);
        client.Typing += OnTyping;
        client.PresenceChanged += OnPresence;
        client.SessionEnded += reason => Ended?.Invoke(reason);
        client.ConnectionChanged += OnConnectionChanged;
        Client = client;
        await client.StartAsync();
        ReasonCodes = await client.GetReasonCodesAsync();
        Labels = await client.GetLabelsAsync();
        CustomerFields = await client.GetCustomerFieldsAsync();
        OnPresence(await client.GetMyPresenceAsync());
        await LoadInboxAsync();
    }

    /// <summary>Re-reads the inbox: at start, after a reconnect, and when a conversation it does not know appears.</summary>
    public async Task LoadInboxAsync()
    {
        var client = Client!;
        var rows = await client.GetInboxAsync();
        lock (_gate)
        {
            // The server's list is the truth (names, queues); only a row this desk has folded further stays as it is.
            var fresh = rows.ToDictionary(r => r.Id, r =>
                _rows.TryGetValue(r.Id, out var known) && known.Item.Version > r.Version ? known : new InboxRow(r, known?.Unread ?? 0));
            _rows.Clear();
            foreach (var (id, row) in fresh)
            {
                _rows[id] = row;
            }
        }

        foreach (var mine in rows.Where(r => (r.AgentId == Me || r.GuestIds?.Contains(Me) == true) && TranscriptOf(r.Id) is null))
        {
            await FollowAsync(mine.Id);
        }

        Changed?.Invoke();
    }

    /// <summary>Follows a conversation (its transcript fills from the first step); following twice changes nothing.</summary>
    public async Task FollowAsync(Guid conversationId)
    {
        KeepTranscript(conversationId);
        await Client!.FollowAsync(conversationId);
    }

    /// <summary>Accepts an offer: the conversation becomes the agent's and its transcript fills.</summary>
    public async Task AcceptAsync(Guid conversationId)
    {
        KeepTranscript(conversationId);
        await Client!.AcceptOfferAsync(conversationId);
    }

    // Before the follower fetches, so no applied step finds the transcript missing.
    private void KeepTranscript(Guid conversationId)
    {
        lock (_gate)
        {
            _transcripts.TryAdd(conversationId, new Transcript());
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Client is { } client)
        {
            await client.DisposeAsync();
        }
    }
}
