using System.Text.RegularExpressions;
using Npgsql;

namespace ContactCenter.Server.Tests.Storage;

/// <summary>
/// The plan PostgreSQL makes for a statement as the server sends it, whatever its parameters:
/// prepared with a generic plan (no values), and with sequential scans priced out, so a table
/// that is still scanned whole has no index that serves the statement's filter.
/// </summary>
public static partial class QueryPlans
{
    public static async Task<string> GenericPlanAsync(NpgsqlConnection connection, string statement)
    {
        await using (var settings = new NpgsqlCommand("set plan_cache_mode = force_generic_plan; set enable_seqscan = off", connection))
        {
            await settings.ExecuteNonQueryAsync();
        }

        var parameters = Parameter().Matches(statement).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
        await using (var prepare = new NpgsqlCommand($"prepare planned as {statement}", connection))
        {
            await prepare.ExecuteNonQueryAsync();
        }

        try
        {
            var values = parameters == 0 ? "" : $"({string.Join(", ", Enumerable.Repeat("null", parameters))})";
            await using var explain = new NpgsqlCommand($"explain execute planned{values}", connection);
            var lines = new List<string>();
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }

            return string.Join('\n', lines);
        }
        finally
        {
            await using var deallocate = new NpgsqlCommand("deallocate planned", connection);
            await deallocate.ExecuteNonQueryAsync();
        }
    }

    [GeneratedRegex(@"\$(\d+)")]
    private static partial Regex Parameter();
}
