using Bunit;
using ContactCenter.Contracts.Queues;
using ContactCenter.Server.Components.Pages;
using ContactCenter.Server.Features.Queues.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.UI.Tests.Pages;

public sealed class HomeTests : MudTestContext
{
    [Fact]
    public void Shows_a_card_per_queue_with_its_description_and_channel()
    {
        Services.AddSingleton<IQueueCatalog>(new FixedCatalog(
            new QueueSummary("sales", "Sales", "Plans, prices and buying", "web-chat"),
            new QueueSummary("support", "Support", "Help with your account", "web-chat")));

        var page = Render<Home>();

        var cards = page.FindAll("[data-testid=queue-card]");
        Assert.Equal(2, cards.Count);
        Assert.Contains("Sales", cards[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Plans, prices and buying", cards[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("web-chat", cards[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Offers_the_desk_only_to_those_who_chat()
    {
        Services.AddSingleton<IQueueCatalog>(new FixedCatalog());
        Authorization.SetAuthorized("ada.viewer");
        Assert.Empty(Render<Home>().FindAll("[data-testid=open-desk]"));

        Authorization.SetPolicies("perm:conversations.reply");

        Assert.Equal("/desk", Render<Home>().Find("[data-testid=open-desk]").GetAttribute("href"));
    }

    [Fact]
    public void Without_queues_says_who_creates_them()
    {
        Services.AddSingleton<IQueueCatalog>(new FixedCatalog());

        var page = Render<Home>();

        Assert.Empty(page.FindAll("[data-testid=queue-card]"));
        Assert.Contains("an admin creates them", page.Find("[data-testid=no-queues]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_progress_until_the_catalog_answers()
    {
        var pending = new TaskCompletionSource<IReadOnlyList<QueueSummary>>();
        Services.AddSingleton<IQueueCatalog>(new PendingCatalog(pending.Task));

        var page = Render<Home>();
        Assert.NotEmpty(page.FindAll(".mud-progress-linear"));

        pending.SetResult([new QueueSummary("sales", "Sales", "", "web-chat")]);
        page.WaitForElement("[data-testid=queue-card]");
        Assert.Empty(page.FindAll(".mud-progress-linear"));
    }

    // The page's collaborator, answered by the test; the store behind the real one is covered in Server.Tests.
    private sealed class FixedCatalog(params QueueSummary[] queues) : IQueueCatalog
    {
        public Task<IReadOnlyList<QueueSummary>> ListAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<QueueSummary>>(queues);
    }

    private sealed class PendingCatalog(Task<IReadOnlyList<QueueSummary>> answer) : IQueueCatalog
    {
        public Task<IReadOnlyList<QueueSummary>> ListAsync(CancellationToken cancellationToken = default) => answer;
    }
}
