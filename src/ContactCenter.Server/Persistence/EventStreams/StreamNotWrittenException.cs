namespace ContactCenter.Server.Persistence.EventStreams;

/// <summary>
/// A write of a batch that its transaction does not hold at commit time: the stream is not at the
/// version the write leads to. Its writer decides again, as after a conflict, and is not answered
/// as stored; the rest of the batch commits without it.
/// </summary>
public sealed class StreamNotWrittenException(Guid streamId, long expected, long? found)
    : Exception($"Stream {streamId} is at version {found?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} before the commit, not {expected}.")
{
    public Guid StreamId { get; } = streamId;
}
