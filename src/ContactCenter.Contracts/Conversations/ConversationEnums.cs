using System.Text.Json.Serialization;

namespace ContactCenter.Contracts.Conversations;

/// <summary>A conversation's status (docs/domain.md, "Conversations"); written by name in JSON.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConversationStatusDto>))]
public enum ConversationStatusDto
{
    /// <summary>Waiting in a queue.</summary>
    Queued,
    /// <summary>Reserved for one agent until accepted, rejected or timed out.</summary>
    Offered,
    /// <summary>An agent works on it.</summary>
    Active,
    /// <summary>Waiting on the customer.</summary>
    Pending,
    /// <summary>Ended; the agent wraps up.</summary>
    WrapUp,
    /// <summary>Resolved by staff.</summary>
    Resolved,
    /// <summary>Closed.</summary>
    Closed,
    /// <summary>The customer left while waiting.</summary>
    Abandoned,
}

/// <summary>Who wrote a message or acted; written by name in JSON.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AuthorKindDto>))]
public enum AuthorKindDto
{
    /// <summary>The customer.</summary>
    Customer,
    /// <summary>Staff: an agent, a supervisor...</summary>
    Agent,
    /// <summary>The product itself.</summary>
    System,
}
