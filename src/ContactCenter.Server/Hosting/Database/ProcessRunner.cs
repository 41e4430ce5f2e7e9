using System.Diagnostics;

namespace ContactCenter.Server.Hosting.Database;

/// <summary>Runs a PostgreSQL program to completion, as the postgres user when we are root (initdb refuses root).</summary>
internal static class ProcessRunner
{
    public const string PostgresUser = "postgres";

    public static bool RunningAsRoot => Environment.IsPrivilegedProcess;

    public static async Task<string> RunAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (RunningAsRoot)
        {
            start.FileName = "runuser";
            foreach (var a in new[] { "-u", PostgresUser, "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }
        else
        {
            start.FileName = program;
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new PostgresUnavailableException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var text = (await output + await errors).Trim();
        return process.ExitCode == 0
            ? text
            : throw new PostgresUnavailableException($"{Path.GetFileName(program)} failed with exit code {process.ExitCode}: {text}");
    }

    /// <summary>Hands a folder we created to the postgres user, so the cluster can own its data.</summary>
    public static async Task GiveToPostgresAsync(string folder, CancellationToken cancellationToken)
    {
        if (!RunningAsRoot)
        {
            return;
        }

        using var chown = Process.Start("chown", ["-R", $"{PostgresUser}:{PostgresUser}", folder]);
        await chown.WaitForExitAsync(cancellationToken);
        if (chown.ExitCode != 0)
        {
            throw new PostgresUnavailableException($"Could not give '{folder}' to the '{PostgresUser}' user; run the server as a non-root user instead.");
        }
    }
}
