using ContactCenter.Server.Hosting.Seeding;
using ContactCenter.Testing;

namespace ContactCenter.Server.Tests.Seeding;

public sealed class SeedFilesTests
{
    private static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "seeds");

    [Fact]
    public async Task Shipped_seeds_are_consistent()
    {
        var data = await SeedFiles.LoadAsync(Seeds, CancellationToken.None);

        Assert.NotEmpty(data.Customers.SelectMany(c => c.Conversations));
    }

    [Fact]
    public async Task A_broken_reference_stops_loading_and_names_the_file_and_item()
    {
        // Tried: a queue pointing at a channel that no seed defines.
        var folder = CopyOfSeeds();
        var queues = Path.Combine(folder, "queues.json");
        await File.WriteAllTextAsync(queues, (await File.ReadAllTextAsync(queues)).Replace("\"channelId\": \"web-chat\"", "\"channelId\": \"fax\"", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<SeedDataException>(() => SeedFiles.LoadAsync(folder, CancellationToken.None));

        Assert.Contains("queues.json: queue 'sales' names unknown channel 'fax'", error.Message, StringComparison.Ordinal);
        TestFolders.TryDelete(folder);
    }

    [Fact]
    public async Task A_misspelt_property_is_refused_rather_than_ignored()
    {
        // Tried: "nmae" for "name" in labels.json, which a lenient reader would silently drop.
        var folder = CopyOfSeeds();
        var labels = Path.Combine(folder, "labels.json");
        await File.WriteAllTextAsync(labels, "[{ \"id\": \"x\", \"nmae\": \"X\", \"color\": \"#000000\" }]");

        var error = await Assert.ThrowsAsync<SeedDataException>(() => SeedFiles.LoadAsync(folder, CancellationToken.None));

        Assert.Contains("labels.json", error.Message, StringComparison.Ordinal);
        TestFolders.TryDelete(folder);
    }

    private static string CopyOfSeeds()
    {
        var folder = TestFolders.NewTemporary("seeds");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Seeds))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }
}
