using System.Globalization;

namespace ContactCenter.Benchmarks.Load;

/// <summary>The repository this program runs from: the server, the seeds and artifacts/ are found from it.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContactCenter.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }

    public static string Format(double value) => value.ToString("F1", CultureInfo.InvariantCulture);
}
