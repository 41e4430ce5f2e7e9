using System.Text.Json;
using ContactCenter.Benchmarks.Load;

namespace ContactCenter.Benchmarks.Soak;

/// <summary>
/// An agent of the soak: ready for chat with a few seats, accepts every offer made to them, and
/// answers each customer message once. After a reconnect it makes sure it is still ready (an offer
/// missed while it was away sets it not ready, as it would a person).
/// </summary>
public sealed class SoakAgent(SoakNodes nodes, int spread, SoakLedger ledger, string token, int capacity) : SoakParty(nodes, spread, ledger)
{
    private Guid _agentId;

    protected override string HubPath => Contracts.ApiRoutes.AgentHub;

    protected override Task<string> TokenAsync() => Task.FromResult(token);

    public async Task StartAsync()
    {
        var socket = await SocketAsync();
        await socket.InvokeAsync("SetChannel", "Chat", true, capacity);
        await BeReadyAsync(socket);
    }

    /// <summary>Ready again when something (a missed offer) set it otherwise.</summary>
    public async Task KeepReadyAsync()
    {
        try
        {
            var socket = await SocketAsync();
            var presence = await socket.InvokeAsync("GetMyPresence");
            if (presence.GetProperty("state").GetString() != "Ready")
            {
                await BeReadyAsync(socket);
            }
        }
        catch (Exception e) when (IsConnectionTrouble(e) || e is InvalidOperationException)
        {
            // Next round.
        }
    }

    private async Task BeReadyAsync(HubSocket socket) =>
        _agentId = (await socket.InvokeAsync("ChooseState", "Ready", null)).GetProperty("agentId").GetGuid();

    protected override ChatView? ViewFor(JsonElement step)
    {
        var conversationId = SoakSteps.ConversationOf(step);
        if (Views.TryGetValue(conversationId, out var kept))
        {
            return kept;
        }

        // Steps of other chats of the queue reach every agent of it; a chat becomes this agent's
        // own when it is offered to them, and its view then reads it from the start.
        if (SoakSteps.OfferedTo(step) != _agentId || _agentId == Guid.Empty)
        {
            return null;
        }

        var view = Views.GetOrAdd(conversationId, id => new ChatView(id));
        Ledger.Watches(view);
        _ = Task.Run(() => ResumeAsync(view));
        return view;
    }

    protected override async Task OnStepAsync(ChatView view, JsonElement step)
    {
        if (SoakSteps.OfferedTo(step) == _agentId)
        {
            try
            {
                await (await SocketAsync()).InvokeAsync("AcceptOffer", view.ConversationId);
            }
            catch (Exception e) when (IsConnectionTrouble(e) || e is InvalidOperationException)
            {
                // Withdrawn, expired or taken meanwhile: the stream says which, the audit reads it.
            }
        }
        else if (SoakSteps.MessageOf(step) is { ByCustomer: true })
        {
            await SendAsync(view.ConversationId, Guid.CreateVersion7(), "Thanks, looking into it");
        }
    }
}
