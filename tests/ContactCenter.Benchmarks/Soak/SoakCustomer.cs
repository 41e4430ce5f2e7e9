using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;

namespace ContactCenter.Benchmarks.Soak;

/// <summary>
/// A customer of the soak: starts a chat on a live node, waits for an agent, sends a few messages
/// some seconds apart, leaves, and starts the next, until the run ends.
/// </summary>
public sealed class SoakCustomer(SoakNodes nodes, int spread, SoakLedger ledger, SoakPlan plan) : SoakParty(nodes, spread, ledger)
{
    private readonly SoakNodes _nodes = nodes;
    private string _token = "";
    private ChatView? _chat;

    protected override string HubPath => ApiRoutes.CustomerHub;

    protected override Task<string> TokenAsync() => Task.FromResult(_token);

    protected override ChatView? ViewFor(JsonElement step) => _chat?.ConversationId == SoakSteps.ConversationOf(step) ? _chat : null;

    public async Task RunAsync(Stopwatch clock)
    {
        for (var round = 0; clock.Elapsed < plan.Length; round++)
        {
            var (session, node) = await StartChatAsync(round);
            var chat = new ChatView(session.ConversationId!.Value);
            // The new customer's token and chat together, never between two connects: a connection
            // that came back by itself meanwhile would otherwise speak for one about the other's chat.
            await BetweenConnectsAsync(() =>
            {
                _token = session.CustomerToken;
                Views.Clear();
                Views[chat.ConversationId] = chat;
                _chat = chat;
            });
            Ledger.Started(chat, node);
            await SocketAsync();
            if (!await AnsweredAsync(chat, clock))
            {
                if (clock.Elapsed < plan.Length)
                {
                    Ledger.NeverAnswered();
                }

                await LeaveAndCatchUpAsync(chat);
                continue;
            }

            for (var m = 0; m < plan.MessagesPerChat && clock.Elapsed < plan.Length; m++)
            {
                await Task.Delay(plan.MessageGap * (0.5 + Random.Shared.NextDouble()));
                await SendAsync(chat.ConversationId, Guid.CreateVersion7(), $"Question {m + 1}");
            }

            await LeaveAndCatchUpAsync(chat);
        }

        await StopAsync();
    }

    private async Task<(CustomerSession Session, Uri Node)> StartChatAsync(int round)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var node = _nodes.Pick(attempt + round);
                using var http = new HttpClient { BaseAddress = node };
                using var started = await http.PostAsJsonAsync(ApiRoutes.WidgetChats, new StartChatRequest($"Soak customer {round}", null, "support"));
                started.EnsureSuccessStatusCode();
                return ((await started.Content.ReadFromJsonAsync<CustomerSession>())!, node);
            }
            catch (HttpRequestException) when (attempt < 240)
            {
                await Task.Delay(500);
            }
        }
    }

    // Offers, accepts and reconnects take their time; a chat nobody answered within the bound counts against the run.
    private async Task<bool> AnsweredAsync(ChatView chat, Stopwatch clock)
    {
        var waited = Stopwatch.StartNew();
        while (!chat.Answered && waited.Elapsed < plan.AnswerBound && clock.Elapsed < plan.Length)
        {
            await Task.Delay(200);
        }

        return chat.Answered;
    }

    // The view then holds everything up to the leave (nothing is stored after it: an agent's late
    // answer is refused), so the audit compares it whole with the store. A leave refused as already
    // done (its first answer lost with a dropped socket) catches up all the same, as the widget would.
    private async Task LeaveAndCatchUpAsync(ChatView chat)
    {
        if (await LeaveAsync(chat) is { } left)
        {
            await HeldAsync(chat, left);
        }
        else
        {
            await ResumeAsync(chat);
        }
    }

    private async Task<long?> LeaveAsync(ChatView chat)
    {
        for (var attempt = 0; attempt < 240; attempt++)
        {
            try
            {
                return (await (await SocketAsync()).InvokeAsync("Leave", chat.ConversationId)).GetProperty("version").GetInt64();
            }
            catch (Exception e) when (IsConnectionTrouble(e) || e.Message.Contains("unavailable:", StringComparison.Ordinal))
            {
                await Task.Delay(500);
            }
            catch (InvalidOperationException e)
            {
                // Refused (the chat had already ended, say): counted, and the customer goes on.
                Ledger.Refused(e.Message);
                return null;
            }
        }

        return null;
    }
}
