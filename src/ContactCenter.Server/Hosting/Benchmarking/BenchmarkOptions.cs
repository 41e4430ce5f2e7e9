namespace ContactCenter.Server.Hosting.Benchmarking;

/// <summary>
/// What only the benchmark program turns on (ContactCenter:Benchmark). Off by default and in every
/// shipped configuration: the heap endpoint forces full collections, which no production node should
/// let a caller do.
/// </summary>
public sealed class BenchmarkOptions
{
    public const string Section = "ContactCenter:Benchmark";

    /// <summary>Serves <c>/benchmark/heap</c> and the empty-circuit page <c>/benchmark/empty-circuit</c>.</summary>
    public bool Diagnostics { get; set; }
}
