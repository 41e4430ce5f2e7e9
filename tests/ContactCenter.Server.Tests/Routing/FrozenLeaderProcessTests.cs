using System.Diagnostics;
using System.Text.RegularExpressions;
using ContactCenter.Domain.Conversations;
using ContactCenter.Server.Features.Routing;
using ContactCenter.Testing;
using Marten;
using static ContactCenter.Server.Tests.Routing.RoutingAgents;

namespace ContactCenter.Server.Tests.Routing;

/// <summary>
/// The leader hangs for real: a server process started by the test leads routing and is stopped
/// with SIGSTOP (its TCP connections stay open, as under a long GC pause or a stuck VM), while a
/// second node runs in this process on the same database.
/// </summary>
public sealed partial class FrozenLeaderProcessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_leader_process_under_SIGSTOP_loses_the_lease_the_other_node_offers_and_after_SIGCONT_the_old_leader_steps_down()
    {
        // Tried: the child process leads; it is frozen with SIGSTOP; a ready agent and a new chat are on
        // the other node; then the child is continued with SIGCONT.
        var settings = await ServerHost.DefaultSettingsAsync();
        var schema = settings["ContactCenter:Database:Schema"];
        await using var child = await LeaderProcess.StartAsync(settings);
        var childEpoch = await child.LeadingAsync.WaitAsync(Patience);
        await using var node = await ServerHost.StartAsync(s => s["ContactCenter:Database:Schema"] = schema);
        var leadership = node.GetRequiredService<RouterLeadership>();
        Assert.Null(leadership.Epoch);

        child.Signal("STOP");
        await using var agent = await ReadyAgentAsync(node, "jamie.agent", capacity: 1);
        var offered = FirstOfferAsync(agent);
        var chat = (await node.StartChatAsync("Started while the leader hangs", "support")).ConversationId!.Value;

        Assert.Equal(chat, (await offered.WaitAsync(Patience)).ConversationId);
        Assert.True(leadership.Epoch > childEpoch);

        child.Signal("CONT");
        await child.SteppedDownAsync.WaitAsync(Patience);

        await using var session = node.GetRequiredService<IDocumentStore>().QuerySession();
        var offers = (await session.Events.FetchStreamAsync(chat)).Select(e => e.Data).OfType<ConversationOffered>().ToList();
        Assert.Equal(leadership.Epoch, Assert.Single(offers).Epoch);
    }

    /// <summary>The server as its own process, built next to this test's server project output; its log tells when it leads and steps down.</summary>
    private sealed partial class LeaderProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly TaskCompletionSource<long> _leading = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _steppedDown = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private LeaderProcess(Process process) => _process = process;

        public Task<long> LeadingAsync => _leading.Task;
        public Task SteppedDownAsync => _steppedDown.Task;

        public static Task<LeaderProcess> StartAsync(IDictionary<string, string?> settings)
        {
            // tests/ContactCenter.Server.Tests/bin/<Configuration>/net10.0 → src/ContactCenter.Server/bin/<Configuration>/net10.0
            var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = here.Parent!.Name;
            var root = here.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
            var server = Path.Combine(root, "src", "ContactCenter.Server", "bin", configuration, here.Name);
            var start = new ProcessStartInfo("dotnet", [Path.Combine(server, "ContactCenter.Server.dll")])
            {
                WorkingDirectory = server,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var (key, value) in settings)
            {
                start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
            }

            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
            start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
            start.Environment["Logging__LogLevel__ContactCenter.Server.Features.Routing"] = "Information";
            var process = new Process { StartInfo = start };
            var child = new LeaderProcess(process);
            process.OutputDataReceived += (_, line) => child.Read(line.Data);
            process.ErrorDataReceived += (_, line) => child.Read(line.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return Task.FromResult(child);
        }

        public void Signal(string signal)
        {
            using var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
            Assert.Equal(0, kill.ExitCode);
        }

        private void Read(string? line)
        {
            if (line is null)
            {
                return;
            }

            if (Leads().Match(line) is { Success: true } leads)
            {
                _leading.TrySetResult(long.Parse(leads.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (line.Contains("Routing leadership lost", StringComparison.Ordinal))
            {
                _steppedDown.TrySetResult();
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                Signal("CONT");
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        [GeneratedRegex(@"This node leads routing \(epoch (\d+)\)")]
        private static partial Regex Leads();
    }
}
