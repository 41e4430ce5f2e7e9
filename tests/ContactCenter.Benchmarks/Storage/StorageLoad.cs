using System.Diagnostics;
using ContactCenter.Benchmarks.Delivery;
using ContactCenter.Benchmarks.Fanout;
using ContactCenter.Benchmarks.Load;
using ContactCenter.Testing;
using ServerProcess = ContactCenter.Benchmarks.Load.ServerProcess;
using Npgsql;

namespace ContactCenter.Benchmarks.Storage;

/// <summary>What one round measured: messages stored per second by W writers, each waiting for its acknowledgement.</summary>
public sealed record StorageFigures(string Path, int Writers, double Seconds, int Written, int Errors, double PerSecond, double P50Ms, double P99Ms, double RatioToRaw);

/// <summary>
/// Messages written per second at 1, 8 and 32 writers, each writer sending its next message when
/// the last is acknowledged (stored), for the same payload: raw Npgsql inserts from this process
/// (one transaction each: the least a stored message costs), the same inserts behind a bare hub
/// endpoint (<see cref="BareServer"/>: adds the socket and the hub protocol), and the product's
/// write path as a customer uses it (the published server: CustomerHub.SendMessage, the handler,
/// the commit and its pushes), with the same thin client.
/// </summary>
public static class StorageLoad
{
    private const string Text = "Hello from the load";

    public static async Task<IReadOnlyList<StorageFigures>> RunAsync(IReadOnlyList<int> writers, TimeSpan length)
    {
        Console.WriteLine($"Storage: {string.Join('/', writers)} writers, {length.TotalSeconds} s a round, {Environment.ProcessorCount} cores");
        var most = writers.Max();
        var raw = new Dictionary<int, StorageFigures>();
        var figures = new List<StorageFigures>();
        var cluster = await TestPostgres.GetAsync();
        await using (var database = NpgsqlDataSource.Create(cluster.ConnectionString))
        {
            await using (var create = database.CreateCommand("CREATE TABLE IF NOT EXISTS storage_raw (id uuid PRIMARY KEY, chat int NOT NULL, text text NOT NULL, at timestamptz NOT NULL)"))
            {
                await create.ExecuteNonQueryAsync();
            }

            await RoundAsync("warm-up", 1, TimeSpan.FromSeconds(1), w => InsertAsync(database, w));
            foreach (var count in writers)
            {
                var round = await RoundAsync("raw Npgsql insert", count, length, w => InsertAsync(database, w));
                raw[count] = round;
                figures.Add(round);
            }
        }

        await using (var bare = await ServerProcess.StartBareAsync())
        {
            var chats = await DeliveryLoad.BareChatsAsync(bare, most);
            await MeasureAsync("raw insert behind a bare hub", chats);
            await DeliveryLoad.DisposeAsync(chats);
        }

        await using (var product = await ServerProcess.StartProductAsync(ProductTarget.Settings))
        {
            var chats = await DeliveryLoad.ProductChatsAsync(product, most);
            await MeasureAsync("product write path (hub)", chats);
            await DeliveryLoad.DisposeAsync(chats);
        }

        return figures;

        async Task MeasureAsync(string path, List<ChatPair> chats)
        {
            await RoundAsync("warm-up", 1, TimeSpan.FromSeconds(1), w => SendAsync(chats[w]));
            foreach (var count in writers)
            {
                var round = await RoundAsync(path, count, length, w => SendAsync(chats[w]));
                figures.Add(round with { RatioToRaw = round.PerSecond / raw[count].PerSecond });
            }
        }
    }

    private static async Task InsertAsync(NpgsqlDataSource database, int writer)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = new NpgsqlCommand("INSERT INTO storage_raw (id, chat, text, at) VALUES ($1, $2, $3, now())", connection, transaction)
        {
            Parameters = { new() { Value = Guid.CreateVersion7() }, new() { Value = writer }, new() { Value = Text } },
        };
        await insert.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    private static Task<System.Text.Json.JsonElement> SendAsync(ChatPair chat) => chat.Customer.InvokeAsync("SendMessage", chat.SendArguments(Guid.CreateVersion7()));

    private static async Task<StorageFigures> RoundAsync(string path, int writers, TimeSpan length, Func<int, Task> write)
    {
        var latencies = new List<double>[writers];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await BenchmarkRun.BoundedAsync(Task.WhenAll(Enumerable.Range(0, writers).Select(async w =>
        {
            var mine = latencies[w] = [];
            while (clock.Elapsed < length)
            {
                var before = Stopwatch.GetTimestamp();
                try
                {
                    await write(w);
                    mine.Add(Stopwatch.GetElapsedTime(before).TotalMilliseconds);
                }
                catch (Exception e) when (e is InvalidOperationException or TimeoutException or NpgsqlException or System.Net.WebSockets.WebSocketException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })), $"{path} with {writers} writers");
        var seconds = clock.Elapsed.TotalSeconds;
        var sorted = latencies.SelectMany(l => l).Order().ToArray();
        return new StorageFigures(path, writers, seconds, sorted.Length, errors, sorted.Length / seconds,
            Percentile(sorted, 0.50), Percentile(sorted, 0.99), 1);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
