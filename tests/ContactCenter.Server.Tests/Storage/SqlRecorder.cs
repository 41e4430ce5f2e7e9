using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Server.Tests.Storage;

/// <summary>
/// What the database costs one hub method, counted by Npgsql's own instrumentation: its activities
/// (one per command or batch sent, each a round trip, with the SQL text of every statement) and its
/// connection and transaction logs (each pooled connection taken; BEGIN, sent ahead of the next
/// command, and COMMIT, a round trip of its own). Work is attributed to the hub invocation it ran
/// under (SignalR's server activity, a root) and, for commands, to this host's schema, so other
/// tests' hosts and this host's background loops never count. Not counted: the reset Npgsql sends
/// ahead of a pooled connection's next use (see <see cref="ConnectionsTaken"/>).
/// </summary>
public sealed class SqlRecorder : ILoggerProvider
{
    private const string SignalRSource = "Microsoft.AspNetCore.SignalR.Server";
    private readonly ActivityListener _listener;
    private readonly string _schema;
    private readonly string _method;
    private readonly ConcurrentQueue<(string Invocation, string Sql)> _commands = new();
    private readonly ConcurrentQueue<string> _opens = new();
    private readonly ConcurrentQueue<string> _begins = new();
    private readonly ConcurrentQueue<string> _ends = new();
    private volatile bool _recording;

    public SqlRecorder(string schema, string hubMethod)
    {
        _schema = schema;
        _method = "/" + hubMethod;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or SignalRSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Counts from now on (after warm-up).</summary>
    public void Start() => _recording = true;

    public void Stop() => _recording = false;

    /// <summary>Invocations of the hub method that ran SQL while recording.</summary>
    public int Invocations => _commands.Select(c => c.Invocation).Distinct().Count();

    public int RoundTrips => _commands.Count + _ends.Count;

    public int Statements => _commands.Sum(c => StatementsIn(c.Sql)) + _begins.Count + _ends.Count;

    /// <summary>Pooled connections taken; each is reset when returned unless the pool is told not to.</summary>
    public int ConnectionsTaken => _opens.Count;

    public IReadOnlyList<string> Sql => [.. _commands.Select(c => c.Sql)];

    /// <summary>Statements of one command text: Npgsql splits at top-level semicolons, and a batch's text joins its statements so.</summary>
    public static int StatementsIn(string sql) =>
        sql.Split(';').Count(part => !string.IsNullOrWhiteSpace(part));

    private void Stopped(Activity activity)
    {
        if (_recording && activity.Source.Name == "Npgsql" && activity.GetTagItem("db.query.text") is string sql
            && sql.Contains(_schema, StringComparison.Ordinal) && Invocation(activity) is { } invocation)
        {
            _commands.Enqueue((invocation, sql));
        }
    }

    // The hub method's activity is the root of everything it runs (it has no parent of its own).
    private string? Invocation(Activity? activity)
    {
        while (activity?.Parent is not null)
        {
            activity = activity.Parent;
        }

        return activity is { } root && root.Source.Name == SignalRSource && root.DisplayName.EndsWith(_method, StringComparison.Ordinal) ? root.Id : null;
    }

    ILogger ILoggerProvider.CreateLogger(string categoryName) => categoryName switch
    {
        "Npgsql.Connection" => new NpgsqlLog(this, ("Opened connection", _opens)),
        "Npgsql.Transaction" => new NpgsqlLog(this, ("Starting transaction", _begins), ("Committed transaction", _ends), ("Rolled back transaction", _ends)),
        _ => NoLog.Instance,
    };

    public void Dispose() => _listener.Dispose();

    private sealed class NpgsqlLog(SqlRecorder owner, params (string Message, ConcurrentQueue<string> Into)[] counted) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!owner._recording || owner.Invocation(Activity.Current) is not { } invocation)
            {
                return;
            }

            var message = formatter(state, exception);
            foreach (var (start, into) in counted)
            {
                if (message.StartsWith(start, StringComparison.Ordinal))
                {
                    into.Enqueue(invocation);
                }
            }
        }
    }

    private sealed class NoLog : ILogger
    {
        public static readonly NoLog Instance = new();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => false;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
