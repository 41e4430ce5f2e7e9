namespace ContactCenter.Testing;

public static class TestFolders
{
    /// <summary>A new empty folder under the system temp folder; the postgres user can reach it.</summary>
    public static string NewTemporary(string purpose)
    {
        var root = Path.Combine(Path.GetTempPath(), "contactcenter-tests");
        Directory.CreateDirectory(root);
        var folder = Path.Combine(root, $"{purpose}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        return folder;
    }

    public static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean: a leftover temp folder fails no user.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Where tests save what a person should look at (screenshots): artifacts/ at the repo root.</summary>
    public static string Artifacts(string kind)
    {
        var root = Environment.GetEnvironmentVariable("CONTACTCENTER_ARTIFACTS") ?? Path.Combine(RepositoryRoot() ?? Path.GetTempPath(), "artifacts");
        var folder = Path.Combine(root, kind);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>The checkout the tests run from (the folder of ContactCenter.sln), for tests that read its sources.</summary>
    public static string Repository() =>
        RepositoryRoot() ?? throw new DirectoryNotFoundException($"No ContactCenter.sln above {AppContext.BaseDirectory}.");

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContactCenter.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
