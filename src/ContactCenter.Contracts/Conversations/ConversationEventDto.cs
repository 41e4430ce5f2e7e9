using System.Runtime.Serialization;
using System.Text.Json.Serialization;

namespace ContactCenter.Contracts.Conversations;

/// <summary>
/// One step of a conversation as a recipient may see it: the envelope every step has, and its
/// <see cref="Payload"/>, one record per kind. <paramref name="Version"/> is the step's position in
/// the conversation: a client applies version = last + 1, and on a gap or a reconnect asks for
/// everything after its last version. In JSON the payload names its kind:
/// <c>{"conversationId":"…","version":3,"at":"…","status":"Active","payload":{"kind":"message","message":{…}}}</c>.
/// </summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Version">Position in the conversation, from 1, without gaps.</param>
/// <param name="At">When it happened.</param>
/// <param name="Status">The conversation's status after this step.</param>
/// <param name="Payload">What happened; <see cref="HiddenStep"/> for what this recipient may not see.</param>
public sealed record ConversationEventDto(Guid ConversationId, long Version, DateTimeOffset At, ConversationStatusDto Status, StepPayload Payload)
{
    /// <summary>The payload's kind, as its JSON names it ("message", "hidden"...).</summary>
    [JsonIgnore, IgnoreDataMember]
    public string Kind => StepKinds.Of(Payload);
}

/// <summary>A message as shown: text only, never markup.</summary>
/// <param name="Id">The message id the sender chose.</param>
/// <param name="AuthorKind">Who wrote it.</param>
/// <param name="AuthorName">Display name.</param>
/// <param name="Text">Plain text; clients show it as text, linking http(s) addresses.</param>
public sealed record MessageDto(Guid Id, AuthorKindDto AuthorKind, string AuthorName, string Text);

/// <summary>Someone is typing, or stopped. Not stored.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Name">Who types.</param>
/// <param name="IsTyping">True while typing.</param>
public sealed record TypingDto(Guid ConversationId, string Name, bool IsTyping);

/// <summary>A waiting customer's place in the queue.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Position">1 for the next to be answered.</param>
/// <param name="EstimatedWait">An estimate from the queue's recent answers.</param>
public sealed record QueuePositionDto(Guid ConversationId, int Position, TimeSpan EstimatedWait);

/// <summary>The acknowledgement of a stored message or other command.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Version">The conversation's version after the command; unchanged for a retried one.</param>
public sealed record CommandAck(Guid ConversationId, long Version);
