using System.Text.Json;
using ContactCenter.Benchmarks.Load;

namespace ContactCenter.Benchmarks.Tests;

/// <summary>One mode's smoke run: the folder it wrote and its figures, read back from its JSON as a script would.</summary>
public sealed class SmokeRun
{
    private SmokeRun(string folder, JsonElement results) => (Folder, Results) = (folder, results);

    public string Folder { get; }

    public JsonElement Results { get; }

    public IEnumerable<JsonElement> Rows => Results.GetProperty("rows").EnumerateArray();

    public static async Task<SmokeRun> OfAsync(string mode)
    {
        BenchmarkRun.OutputRoot = Path.Combine(Path.GetTempPath(), "contactcenter-bench-smoke", Guid.NewGuid().ToString("N"));
        var folder = await BenchmarkModes.RunAsync([mode, "--smoke"]);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "results.json")));
        Assert.True(File.Exists(Path.Combine(folder, "results.md")), $"{mode} wrote no Markdown table in {folder}");
        return new SmokeRun(folder, json.RootElement.Clone());
    }

    /// <summary>A figure of a row by its column header; a missing or unmeasured figure fails the test.</summary>
    public static double Figure(JsonElement row, string header) =>
        row.GetProperty("figures").GetProperty(header) is { ValueKind: JsonValueKind.Number } value
            ? value.GetDouble()
            : throw new Xunit.Sdk.XunitException($"Row '{row.GetProperty("round").GetString()}' has no figure '{header}'.");

    public static string Round(JsonElement row) => row.GetProperty("round").GetString()!;
}
