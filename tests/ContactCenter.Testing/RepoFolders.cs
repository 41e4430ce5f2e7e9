namespace ContactCenter.Testing;

/// <summary>Where the repository's own files are, for tests that run its scripts and its built server.</summary>
public static class RepoFolders
{
    /// <summary>The repository root: the nearest folder above the test's output that holds ContactCenter.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The built server next to the test's own build (same configuration and framework).</summary>
    public static string Server
    {
        get
        {
            // tests/X/bin/<Configuration>/<framework> → src/ContactCenter.Server/bin/<Configuration>/<framework>
            var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            return Path.Combine(Root, "src", "ContactCenter.Server", "bin", here.Parent!.Name, here.Name);
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ContactCenter.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No ContactCenter.sln above {AppContext.BaseDirectory}: tests run from the repository's build output.");
    }
}
