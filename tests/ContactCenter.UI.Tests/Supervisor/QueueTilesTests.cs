using Bunit;
using ContactCenter.Contracts.Supervisor;
using ContactCenter.Server.Components.Supervisor;

namespace ContactCenter.UI.Tests.Supervisor;

/// <summary>A queue's tiles: the server's figures as they are, "—" where nothing counts, colours by the queue's thresholds.</summary>
public sealed class QueueTilesTests : MudTestContext
{
    private static readonly DateTimeOffset Now = new(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);

    private static FloorQueueDto Queue(int waiting, DateTimeOffset? longestSince, double? serviceLevel) => new(
        "support", "Support", 1, TimeSpan.FromSeconds(30),
        new FloorThresholdsDto(3, 6, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120), 80, 60),
        waiting, longestSince, 2, 0, 10, 8, 2, 5, 1, TimeSpan.FromSeconds(240), 4, TimeSpan.FromMinutes(20), 0,
        TimeSpan.FromSeconds(30), serviceLevel, 20, TimeSpan.FromMinutes(5),
        new FloorAgentStatesDto(2, 1, 3, new Dictionary<string, int> { ["lunch"] = 1 }, 1));

    [Fact]
    public void Tiles_show_the_figures_and_tick_the_longest_wait_from_its_start()
    {
        var tiles = Render<QueueTiles>(p => p.Add(t => t.Queue, Queue(2, Now.AddSeconds(-75), 62.5)).Add(t => t.Now, Now));

        Assert.Equal("2", tiles.Find("[data-testid=waiting]").TextContent);
        Assert.Equal("1:15", tiles.Find("[data-testid=longest-wait]").TextContent);
        Assert.Equal("62.5%", tiles.Find("[data-testid=service-level]").TextContent);
        Assert.Equal("0:30", tiles.Find("[data-testid=asa]").TextContent);
        Assert.Equal("5:00", tiles.Find("[data-testid=aht]").TextContent);
        Assert.Contains("1 not ready (lunch)", tiles.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Thresholds_colour_the_tiles_amber_then_red()
    {
        var warn = Render<QueueTiles>(p => p.Add(t => t.Queue, Queue(3, Now.AddSeconds(-61), 79)).Add(t => t.Now, Now));
        var alarm = Render<QueueTiles>(p => p.Add(t => t.Queue, Queue(6, Now.AddSeconds(-120), 59.9)).Add(t => t.Now, Now));
        var calm = Render<QueueTiles>(p => p.Add(t => t.Queue, Queue(0, null, null)).Add(t => t.Now, Now));

        Assert.Equal(3, warn.FindAll(".cc-wb-tile.cc-warn").Count);
        Assert.Equal(3, alarm.FindAll(".cc-wb-tile.cc-alarm").Count);
        Assert.Empty(calm.FindAll(".cc-warn, .cc-alarm"));
        Assert.Equal("—", calm.Find("[data-testid=service-level]").TextContent);
        Assert.Equal("—", calm.Find("[data-testid=longest-wait]").TextContent);
    }
}
