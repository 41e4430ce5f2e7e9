namespace ContactCenter.Benchmarks.Fanout;

/// <summary>A server under fan-out load: how a subscriber joins, how one event is published, and the server's CPU.</summary>
public interface IFanoutTarget : IAsyncDisposable
{
    string Name { get; }

    /// <summary>Connects one subscriber and returns it once the server will send it events.</summary>
    Task<FanoutSocket> SubscribeAsync();

    /// <summary>Publishes one event carrying <paramref name="payload"/> (<see cref="FanoutWire"/>).</summary>
    Task PublishAsync(string payload);

    TimeSpan ServerCpu { get; }
}
