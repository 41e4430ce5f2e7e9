using ContactCenter.Contracts.Conversations;
using K = ContactCenter.Contracts.Conversations.ConversationEventKinds;

namespace ContactCenter.Server.Components.Agent;

/// <summary>The steps of one followed conversation, in order, and what the pane derives from them.</summary>
public sealed class Transcript
{
    // Hub callbacks add while the renderer reads: readers get a copy.
    private readonly List<ConversationEventDto> _steps = [];

    public IReadOnlyList<ConversationEventDto> Steps
    {
        get
        {
            lock (_steps)
            {
                return [.. _steps];
            }
        }
    }

    /// <summary>Who types now (the customer), or null.</summary>
    public string? Typing { get; set; }

    public void Add(ConversationEventDto step)
    {
        lock (_steps)
        {
            _steps.Add(step);
        }
    }

    /// <summary>The last message the customer read, for the "Seen" mark under the agent's messages.</summary>
    public Guid? ReadByCustomerUpTo => Steps.LastOrDefault(s => s is { Kind: K.Read, ActorId: null })?.ReadUpTo;

    public Guid? LastCustomerMessageId => Steps.LastOrDefault(IsCustomerMessage)?.Message?.Id;

    /// <summary>Customer messages after the last one staff marked read.</summary>
    public int Unread
    {
        get
        {
            var steps = Steps;
            var readUpTo = steps.LastOrDefault(s => s is { Kind: K.Read, ActorId: not null })?.ReadUpTo;
            var count = 0;
            for (var i = steps.Count - 1; i >= 0; i--)
            {
                var step = steps[i];
                if (step.Message?.Id == readUpTo && readUpTo is not null)
                {
                    break;
                }

                count += IsCustomerMessage(step) ? 1 : 0;
            }

            return count;
        }
    }

    private static bool IsCustomerMessage(ConversationEventDto step) => step is { Kind: K.Message, Message.AuthorKind: "Customer" };
}
