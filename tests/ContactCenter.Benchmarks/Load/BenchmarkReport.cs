using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ContactCenter.Benchmarks.Load;

/// <summary>
/// Writes a run's figures where a person and a script can find them: a Markdown table and a JSON
/// file of every figure with the machine (core count, name, OS), the date, the arguments and the
/// core pinning, in {OutputRoot}/{mode}-{time}/; the table also on the console. Goals are written
/// above the table, so each figure stands beside what it is measured against.
/// </summary>
public static class BenchmarkReport
{
    // A record's unmeasured figure (NaN) is written as the string "NaN" rather than failing the run.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static string Write<T>(string mode, IReadOnlyList<T> rows, IReadOnlyList<(string Header, Func<T, double> Value)> columns, Func<T, string> name,
        IReadOnlyList<string>? notes = null)
    {
        var at = DateTimeOffset.UtcNow;
        var folder = Path.Combine(BenchmarkRun.OutputRoot, $"{mode}-{at:yyyyMMdd-HHmmss-fff}");
        Directory.CreateDirectory(folder);
        var machine = new
        {
            cores = Environment.ProcessorCount,
            name = Environment.MachineName,
            os = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
            runtime = Environment.Version.ToString(),
            pinning = CorePinning.Description,
        };
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"## {mode}{(BenchmarkRun.Smoke ? " (smoke)" : "")}, {at:yyyy-MM-dd HH:mm} UTC");
        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture, $"{machine.cores} cores, {machine.os}, .NET {machine.runtime}; {machine.pinning}. Arguments: `{string.Join(' ', BenchmarkRun.Arguments)}`");
        table.AppendLine();
        foreach (var note in notes ?? [])
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
        }

        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture, $"| round | {string.Join(" | ", columns.Select(c => c.Header))} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| --- |{string.Concat(columns.Select(_ => " ---: |"))}");
        foreach (var row in rows)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| {name(row)} | {string.Join(" | ", columns.Select(c => Format(c.Value(row))))} |");
        }

        File.WriteAllText(Path.Combine(folder, "results.md"), table.ToString());
        // Every figure of every row, named by its column, beside the rows' own fields.
        var figures = rows.Select(row => new { round = name(row), figures = columns.ToDictionary(c => c.Header, c => Json(c.Value(row))), row }).ToList();
        File.WriteAllText(Path.Combine(folder, "results.json"), JsonSerializer.Serialize(
            new { mode, smoke = BenchmarkRun.Smoke, at, machine, arguments = BenchmarkRun.Arguments, notes = notes ?? [], rows = figures }, Indented));
        Console.WriteLine(table);
        Console.WriteLine($"Written to {folder}");
        return folder;
    }

    // JSON has no NaN: a figure that could not be measured is null.
    private static double? Json(double value) => double.IsFinite(value) ? Math.Round(value, 3) : null;

    // Counts read as counts; measured values keep two decimals below 100.
    private static string Format(double value) =>
        double.IsNaN(value) ? "—" : value.ToString(value >= 100 || value == Math.Floor(value) ? "F0" : "F2", CultureInfo.InvariantCulture);
}
