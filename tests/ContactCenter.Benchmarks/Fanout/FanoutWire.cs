using System.Buffers.Text;
using System.Text;

namespace ContactCenter.Benchmarks.Fanout;

/// <summary>
/// The broadcast event as it travels in every server's payload, "fanout:{round}:{seq}:{sent}":
/// which round, which event, and the Stopwatch timestamp at which the event was due (all clients
/// live in this one load process, so its clock is theirs). Read straight from the received bytes:
/// 5,000 sockets parsing JSON would measure the load, not the server.
/// </summary>
public static class FanoutWire
{
    private static readonly byte[] Marker = "fanout:"u8.ToArray();

    public static string Payload(int round, int seq, long dueTimestamp) => $"fanout:{round}:{seq}:{dueTimestamp}";

    /// <summary>Finds the event in a received frame of any of the three protocols; false when it holds none.</summary>
    public static bool TryRead(ReadOnlySpan<byte> frame, out int round, out int seq, out long sent)
    {
        round = seq = 0;
        sent = 0;
        var at = frame.IndexOf(Marker);
        if (at < 0)
        {
            return false;
        }

        var rest = frame[(at + Marker.Length)..];
        return Utf8Parser.TryParse(rest, out round, out var used) && rest.Length > used && rest[used] == ':'
            && Utf8Parser.TryParse(rest = rest[(used + 1)..], out seq, out used) && rest.Length > used && rest[used] == ':'
            && Utf8Parser.TryParse(rest[(used + 1)..], out sent, out _);
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
