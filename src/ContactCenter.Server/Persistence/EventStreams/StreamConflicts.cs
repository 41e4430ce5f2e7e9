using JasperFx;

namespace ContactCenter.Server.Persistence.EventStreams;

/// <summary>
/// What a commit throws when another writer got to a stream first: an append whose expected
/// version is no longer the stream's, or a start of a stream that exists by now. Marten 9 throws
/// its own <see cref="Marten.Exceptions.ExistingStreamIdCollisionException"/> for the latter, not
/// JasperFx's type of the same name, so both are named here: catching only one let a colliding
/// start fail every other write of its group commit and reach hub callers as an unexpected error.
/// </summary>
internal static class StreamConflicts
{
    public static bool IsConflict(Exception e) => StreamOf(e) is not null || IsUnnamed(e);

    /// <summary>The stream the conflict is about, or null when the exception is no conflict or does not say.</summary>
    public static Guid? StreamOf(Exception e) => e switch
    {
        ConcurrencyException { Id: Guid id } => id,
        Marten.Exceptions.ExistingStreamIdCollisionException { Id: Guid id } => id,
        JasperFx.Events.ExistingStreamIdCollisionException { Id: Guid id } => id,
        _ => null,
    };

    /// <summary>
    /// A conflict that names no stream. Two writers that read a stream's version at the same moment
    /// both pass Marten's version check, and the second meets the events table's key; PostgreSQL
    /// redacts the error's detail (the key's values) unless told otherwise, so Marten throws its
    /// version clash (a <see cref="ConcurrencyException"/>) without the stream's id. It is still a
    /// conflict, of one of the streams written.
    /// </summary>
    public static bool IsUnnamed(Exception e) => e is ConcurrencyException && StreamOf(e) is null;
}
