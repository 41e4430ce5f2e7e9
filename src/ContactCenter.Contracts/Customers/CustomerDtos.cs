using ContactCenter.Contracts.Conversations;

namespace ContactCenter.Contracts.Customers;

/// <summary>A customer profile as the recipient may see it: personal data masked unless their role unmasks it.</summary>
/// <param name="Id">The customer's id.</param>
/// <param name="Name">Name.</param>
/// <param name="Email">Email, possibly masked ("j***@example.com").</param>
/// <param name="Phone">Phone, possibly masked.</param>
/// <param name="Fields">Custom field values by key; PII fields possibly masked.</param>
/// <param name="Masked">True when personal data was masked for this recipient.</param>
public sealed record CustomerDto(Guid Id, string Name, string? Email, string? Phone, IReadOnlyDictionary<string, string> Fields, bool Masked);

/// <summary>A new profile, or the new values of one.</summary>
/// <param name="Name">Name.</param>
/// <param name="Email">Email.</param>
/// <param name="Phone">Phone.</param>
/// <param name="Fields">Custom field values by key.</param>
public sealed record CustomerRequest(string Name, string? Email, string? Phone, IReadOnlyDictionary<string, string>? Fields);

/// <summary>A past or current conversation of a customer.</summary>
/// <param name="Id">Conversation id.</param>
/// <param name="QueueId">Queue.</param>
/// <param name="Status">The conversation's status.</param>
/// <param name="AgentName">Owner, when assigned.</param>
/// <param name="StartedAt">Start.</param>
/// <param name="LastActivityAt">Last activity.</param>
/// <param name="MessageCount">Messages so far.</param>
/// <param name="LastMessagePreview">The last message, shortened.</param>
/// <param name="Rating">CSAT rating 1-5, when given.</param>
public sealed record ConversationSummaryDto(Guid Id, string QueueId, ConversationStatusDto Status, string? AgentName, DateTimeOffset StartedAt, DateTimeOffset LastActivityAt, int MessageCount, string LastMessagePreview, int? Rating);
