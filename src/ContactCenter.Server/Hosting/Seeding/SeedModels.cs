namespace ContactCenter.Server.Hosting.Seeding;

// The shapes of seeds/*.json that are not domain documents as they are: users carry a clear demo
// password, and customers carry their past conversations with times relative to the day of seeding.

internal sealed record UserSeed(
    Guid Id, string UserName, string DisplayName, string Email, string[] Roles, string[] QueueIds, string Password);

internal sealed record CustomerSeed(
    Guid Id, string Name, string? Email, string? Phone, int CreatedDaysAgo,
    Dictionary<string, string> Fields, ConversationSeed[] Conversations);

internal sealed record ConversationSeed(
    Guid Id, string QueueId, string Agent, int StartedDaysAgo, MessageSeed[] Messages, bool Resolved, int? Rating);

internal sealed record MessageSeed(string From, string Text);

/// <summary>Records that one seed item was loaded once, so it is never loaded again, even after a user deletes it.</summary>
internal sealed record SeedMark(string Id, DateTimeOffset SeededAt);
