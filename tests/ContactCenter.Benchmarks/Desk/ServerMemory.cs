using System.Globalization;
using System.Net.Http.Json;
using ContactCenter.Benchmarks.Load;

namespace ContactCenter.Benchmarks.Desk;

/// <summary>
/// The server process's memory read from outside: live managed bytes after a full collection (the
/// benchmark-only heap endpoint, ContactCenter:Benchmark:Diagnostics) and its resident set from /proc.
/// </summary>
public sealed class ServerMemory(ServerProcess server) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = server.Address };

    public async Task<MemoryReading> ReadAsync()
    {
        var heap = (await _http.GetFromJsonAsync<HeapBody>("/benchmark/heap"))!;
        return new MemoryReading(heap.HeapBytes, ResidentBytes(server.ProcessId));
    }

    private static long ResidentBytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
        return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }

    public void Dispose() => _http.Dispose();

    private sealed record HeapBody(long HeapBytes, long WorkingSetBytes);
}

/// <summary>Live managed heap and resident set of the server, in bytes.</summary>
public sealed record MemoryReading(long HeapBytes, long ResidentBytes);
