using System.Collections.Concurrent;
using System.Diagnostics;

namespace ContactCenter.Server.Tests.Storage;

/// <summary>
/// Every SQL statement Npgsql sends for one host (its schema named in the text), as traced by
/// Npgsql's own activities: the real shapes of the server's queries, with their parameters as $n.
/// </summary>
public sealed class SchemaStatements : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentDictionary<string, byte> _seen = new();
    private readonly ConcurrentQueue<(Func<string, bool> Wanted, TaskCompletionSource Seen)> _waits = new();

    public SchemaStatements(string schema)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("db.query.text") is string sql && sql.Contains(schema, StringComparison.Ordinal))
                {
                    // A batch's text joins its statements with ";\n".
                    foreach (var statement in sql.Split(";\n").Select(s => s.Trim().TrimEnd(';')).Where(s => s.Length > 0))
                    {
                        _seen.TryAdd(statement, 0);
                    }

                    foreach (var (wanted, seen) in _waits.Where(w => _seen.Keys.Any(w.Wanted)))
                    {
                        seen.TrySetResult();
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public IReadOnlyList<string> Seen => [.. _seen.Keys];

    /// <summary>Completes once a statement <paramref name="wanted"/> has been sent.</summary>
    public Task SeenAsync(Func<string, bool> wanted)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waits.Enqueue((wanted, seen));
        if (_seen.Keys.Any(wanted))
        {
            seen.TrySetResult();
        }

        return seen.Task.WaitAsync(TimeSpan.FromSeconds(15));
    }

    public void Dispose() => _listener.Dispose();
}
