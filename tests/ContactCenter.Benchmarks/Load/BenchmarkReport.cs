using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ContactCenter.Benchmarks.Load;

/// <summary>
/// Writes a run's figures where a person and a script can find them: a Markdown table and a JSON
/// file with the machine's core count, in artifacts/benchmarks/{mode}-{time}/, and the table on the console.
/// </summary>
public static class BenchmarkReport
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write<T>(string mode, IReadOnlyList<T> rows, IReadOnlyList<(string Header, Func<T, double> Value)> columns, Func<T, string> name)
    {
        var folder = Path.Combine(Repository.Root, "artifacts", "benchmarks", $"{mode}-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
        Directory.CreateDirectory(folder);
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"| round | {string.Join(" | ", columns.Select(c => c.Header))} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| --- |{string.Concat(columns.Select(_ => " ---: |"))}");
        foreach (var row in rows)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| {name(row)} | {string.Join(" | ", columns.Select(c => Format(c.Value(row))))} |");
        }

        File.WriteAllText(Path.Combine(folder, "results.md"), table.ToString());
        File.WriteAllText(Path.Combine(folder, "results.json"), JsonSerializer.Serialize(
            new { mode, cores = Environment.ProcessorCount, at = DateTimeOffset.UtcNow, rows }, Indented));
        Console.WriteLine(table);
        Console.WriteLine($"Written to {folder}");
        return folder;
    }

    private static string Format(double value) => double.IsNaN(value) ? "—" : value.ToString(value >= 100 ? "F0" : "F2", CultureInfo.InvariantCulture);
}
