using ContactCenter.Contracts.Conversations;

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

    /// <summary>The message or note a step shows as a bubble, or null for the other kinds.</summary>
    public static MessageDto? Post(ConversationEventDto step) =>
        step.Payload is MessageStep { Message: var message } ? message
        : step.Payload is NoteStep { Note: var note } ? note
        : null;

    /// <summary>The last message the customer read, for the "Seen" mark under the agent's messages.</summary>
    public Guid? ReadByCustomerUpTo => Steps.Select(s => s.Payload).OfType<ReadStep>().LastOrDefault(r => r.ReaderKind == AuthorKindDto.Customer)?.UpToMessageId;

    public Guid? LastCustomerMessageId => Steps.Select(CustomerMessage).LastOrDefault(m => m is not null)?.Id;

    /// <summary>Customer messages after the last one staff marked read.</summary>
    public int Unread
    {
        get
        {
            var steps = Steps;
            var readUpTo = steps.Select(s => s.Payload).OfType<ReadStep>().LastOrDefault(r => r.ReaderKind == AuthorKindDto.Agent)?.UpToMessageId;
            var count = 0;
            for (var i = steps.Count - 1; i >= 0; i--)
            {
                var step = steps[i];
                if (readUpTo is not null && Post(step)?.Id == readUpTo)
                {
                    break;
                }

                count += CustomerMessage(step) is null ? 0 : 1;
            }

            return count;
        }
    }

    private static MessageDto? CustomerMessage(ConversationEventDto step) =>
        step.Payload is MessageStep { Message: { AuthorKind: AuthorKindDto.Customer } message } ? message : null;
}
