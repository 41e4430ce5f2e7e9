using Microsoft.Extensions.Options;

namespace ContactCenter.Server.Hosting.Seeding;

/// <summary>Seeds on start, after Marten has applied the schema (it is registered after the store).</summary>
internal sealed class SeedingHostedService(DemoSeeder seeder, IOptions<SeedingOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var data = await SeedFiles.LoadAsync(options.Value.Directory, cancellationToken);
        await seeder.SeedAsync(data, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
