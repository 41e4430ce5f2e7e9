namespace ContactCenter.Server.Features.Audit;

/// <summary>The audit log as rows admins filter, inserted with the change they record and never changed. Ids are
/// version-7 Guids, so they sort in the order entries were made.</summary>
public sealed record AuditEntry(
    Guid Id, Guid? ActorId, string ActorName, string Action, string Target, string Details, string From, DateTimeOffset At);
