namespace ContactCenter.Domain.Audit;

/// <summary>
/// One line of the audit log: who did what to which target, when and from where. Appended to the
/// log's own stream, never changed or removed. Details never hold personal data in clear.
/// </summary>
public sealed record AuditRecorded(
    Guid EntryId, Guid? ActorId, string ActorName, string Action, string Target, string Details, string From, DateTimeOffset At);
