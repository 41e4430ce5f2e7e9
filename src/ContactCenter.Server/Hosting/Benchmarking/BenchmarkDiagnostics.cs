using Microsoft.Extensions.Options;

namespace ContactCenter.Server.Hosting.Benchmarking;

/// <summary>
/// The live managed heap after a full, compacting collection, read from outside by the benchmark's
/// <c>desk</c> mode (memory per signed-in agent, measured in a real browser). Mapped only when
/// <see cref="BenchmarkOptions.Diagnostics"/> is on; otherwise the route does not exist.
/// </summary>
public static class BenchmarkDiagnostics
{
    public const string HeapRoute = "/benchmark/heap";

    public static IServiceCollection AddBenchmarkDiagnostics(this IServiceCollection services)
    {
        services.AddOptions<BenchmarkOptions>().BindConfiguration(BenchmarkOptions.Section);
        return services;
    }

    public static void MapBenchmarkDiagnostics(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<BenchmarkOptions>>().Value.Diagnostics)
        {
            return;
        }

        app.MapGet(HeapRoute, () =>
        {
            // Twice, with finalizers run in between: what a finalizer frees is only collected by the second pass.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            return Results.Ok(new HeapFigures(GC.GetTotalMemory(forceFullCollection: true), Environment.WorkingSet));
        }).AllowAnonymous().ExcludeFromDescription();
    }
}

/// <summary>Live managed bytes after a full collection, and the process's working set.</summary>
public sealed record HeapFigures(long HeapBytes, long WorkingSetBytes);
