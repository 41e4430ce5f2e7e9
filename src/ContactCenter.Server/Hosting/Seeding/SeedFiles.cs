using System.Text.Json;
using System.Text.Json.Serialization;
using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Customers;
using ContactCenter.Domain.Queues;

namespace ContactCenter.Server.Hosting.Seeding;

/// <summary>Reads seeds/*.json strictly: an unknown property or a broken reference stops the start with its file named.</summary>
internal static class SeedFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task<SeedData> LoadAsync(string directory, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            throw new SeedDataException($"The seed folder '{directory}' does not exist. Set ContactCenter:Seeding:Directory, or ContactCenter:Seeding:Enabled to false.");
        }

        var data = new SeedData(
            await ReadAsync<Channel[]>(directory, "channels.json", cancellationToken),
            await ReadAsync<Queue[]>(directory, "queues.json", cancellationToken),
            await ReadAsync<UserSeed[]>(directory, "users.json", cancellationToken),
            await ReadAsync<ReasonCode[]>(directory, "reason-codes.json", cancellationToken),
            await ReadAsync<Label[]>(directory, "labels.json", cancellationToken),
            await ReadAsync<CannedResponse[]>(directory, "canned-responses.json", cancellationToken),
            await ReadAsync<CustomerSchema>(directory, "customer-schema.json", cancellationToken),
            await ReadAsync<CustomerSeed[]>(directory, "customers.json", cancellationToken));

        var problems = SeedChecks.Problems(data).ToArray();
        return problems.Length == 0
            ? data
            : throw new SeedDataException($"The seeds in '{directory}' are inconsistent:{Environment.NewLine}- " + string.Join(Environment.NewLine + "- ", problems));
    }

    private static async Task<T> ReadAsync<T>(string directory, string file, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, file);
        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<T>(stream, Json, cancellationToken)
                ?? throw new SeedDataException($"Seed file '{path}' is empty.");
        }
        catch (JsonException e)
        {
            throw new SeedDataException($"Seed file '{path}' is not valid: {e.Message}", e);
        }
        catch (FileNotFoundException e)
        {
            throw new SeedDataException($"Seed file '{path}' is missing.", e);
        }
    }
}
