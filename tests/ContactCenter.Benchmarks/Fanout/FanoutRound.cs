using System.Diagnostics;

namespace ContactCenter.Benchmarks.Fanout;

/// <summary>What one round measured: one server, N subscribers, one offered rate of deliveries.</summary>
public sealed record FanoutFigures(string Server, int Clients, int OfferedPerSecond, double Seconds, int Events, long Expected, long Delivered, long Lost,
    int PublishErrors, double DeliveredPerSecond, double P50Ms, double P99Ms, double MaxMs, double ServerCpuPercent)
{
    public bool Lossless => Lost == 0 && PublishErrors == 0;

    /// <summary>Nothing lost and the deliveries kept up: at least 90% of the offered rate, timed to the last arrival.</summary>
    public bool Sustained => Lossless && DeliveredPerSecond >= 0.9 * OfferedPerSecond;
}

/// <summary>
/// Events published on a fixed schedule (events/s = offered deliveries/s ÷ subscribers), each
/// stamped with the time it was due, not the time it left, so a slow publisher shows as latency
/// (no coordinated omission). Every subscriber must receive every event; what has not arrived when
/// the bounded drain ends is lost.
/// </summary>
public static class FanoutRound
{
    private static int _rounds;

    public static async Task<FanoutFigures> RunAsync(string server, IReadOnlyList<FanoutSocket> subscribers, Func<string, Task> publish,
        int offeredPerSecond, TimeSpan length, Func<TimeSpan> serverCpu)
    {
        var round = Interlocked.Increment(ref _rounds);
        var clients = subscribers.Count;
        var eventsPerSecond = offeredPerSecond / (double)clients;
        var events = Math.Max(1, (int)Math.Round(eventsPerSecond * length.TotalSeconds));
        var expected = (long)events * clients;
        var counts = new int[events];
        var latencies = new double[expected];
        long delivered = 0;
        long lastArrival = 0;
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        foreach (var subscriber in subscribers)
        {
            subscriber.Received = frame =>
            {
                var arrived = Stopwatch.GetTimestamp();
                if (FanoutWire.TryRead(frame.Span, out var r, out var seq, out var sent) && r == round && (uint)seq < (uint)events
                    && Interlocked.Increment(ref counts[seq]) <= clients)
                {
                    var index = Interlocked.Increment(ref delivered) - 1;
                    Interlocked.Exchange(ref lastArrival, arrived);
                    latencies[index] = Stopwatch.GetElapsedTime(sent, arrived).TotalMilliseconds;
                    if (index + 1 == expected)
                    {
                        all.TrySetResult();
                    }
                }
            };
        }

        var cpuBefore = serverCpu();
        var publishErrors = 0;
        var sends = new List<Task>(events);
        var interval = Stopwatch.Frequency / eventsPerSecond;
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < events; i++)
        {
            var due = started + (long)(i * interval);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            sends.Add(CountAsync(publish(FanoutWire.Payload(round, i, due))));
        }

        await Task.WhenAll(sends);
        // Bounded: a server that lost events must not hold the run up for long.
        await Task.WhenAny(all.Task, Task.Delay(Drain(length)));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var cpu = serverCpu() - cpuBefore;
        var got = Interlocked.Read(ref delivered);
        var sorted = latencies.AsSpan(0, (int)got).ToArray();
        Array.Sort(sorted);
        return new FanoutFigures(server, clients, offeredPerSecond, elapsed.TotalSeconds, events, expected, got, expected - got, publishErrors,
            // Timed to the last arrival: a server that falls behind delivers fewer per second than offered.
            got / Math.Max(events / eventsPerSecond, Stopwatch.GetElapsedTime(started, Math.Max(started, Interlocked.Read(ref lastArrival))).TotalSeconds),
            Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted.Length == 0 ? double.NaN : sorted[^1],
            100 * cpu.TotalMilliseconds / elapsed.TotalMilliseconds);

        async Task CountAsync(Task sending)
        {
            try
            {
                await sending;
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.Net.WebSockets.WebSocketException)
            {
                Interlocked.Increment(ref publishErrors);
            }
        }
    }

    private static TimeSpan Drain(TimeSpan length) => length < TimeSpan.FromSeconds(5) ? TimeSpan.FromSeconds(5) : length;

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
