using System.Text.Json;
using ContactCenter.Contracts;

namespace ContactCenter.Server.Tests.Queues;

[Collection(SeededServerCollection.Name)]
public sealed class QueueApiTests(SeededServerFixture fixture)
{
    [Fact]
    public async Task Customers_can_list_the_seeded_queues_by_name()
    {
        var queues = await fixture.Host.Api.GetQueuesAsync();

        Assert.Equal(["Sales", "Support"], queues.Select(q => q.Name));
        Assert.All(queues, q => Assert.Equal("web-chat", q.ChannelId));
        Assert.Contains(queues, q => q.Id == "support" && q.Description == "Help with your account and orders");
    }

    [Fact]
    public async Task OpenApi_document_describes_the_queue_endpoint()
    {
        using var document = JsonDocument.Parse(await fixture.Host.Http.GetStringAsync(ApiRoutes.OpenApiDocument));

        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty(ApiRoutes.Queues, out var queues));
        Assert.Equal("ListQueues", queues.GetProperty("get").GetProperty("operationId").GetString());
    }
}
