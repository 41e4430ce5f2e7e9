using ContactCenter.Domain.Queues;

namespace ContactCenter.Domain.Tests.Queues;

public sealed class QueueValidationTests
{
    private static readonly Queue Valid = new() { Id = "sales", Name = "Sales", ChannelId = "web-chat" };

    [Fact]
    public void Valid_queue_passes()
    {
        var errors = Valid.Validate();

        Assert.True(errors.IsValid, errors.ToString());
    }

    [Fact]
    public void Queue_defaults_are_valid()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), Valid.ServiceLevelThreshold);
        Assert.Equal(TimeSpan.FromSeconds(20), Valid.OfferTimeout);
        Assert.Equal(RoutingPolicy.LongestIdle, Valid.Policy);
    }

    [Fact]
    public void Queue_with_invalid_id_is_refused_naming_the_id()
    {
        var message = Assert.Single((Valid with { Id = "Sales Team" }).Validate().Messages);

        Assert.Contains("'Sales Team'", message, StringComparison.Ordinal);
        Assert.Contains("lowercase letters, digits and dashes", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Queue_without_name_is_refused(string name)
    {
        var message = Assert.Single((Valid with { Name = name }).Validate().Messages);

        Assert.Equal("Queue 'sales' needs a name.", message);
    }

    [Fact]
    public void Queue_with_invalid_channel_id_is_refused_naming_both()
    {
        var message = Assert.Single((Valid with { ChannelId = "Web Chat" }).Validate().Messages);

        Assert.Contains("'sales'", message, StringComparison.Ordinal);
        Assert.Contains("'Web Chat'", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Queue_with_non_positive_service_level_threshold_is_refused(int seconds)
    {
        var message = Assert.Single((Valid with { ServiceLevelThreshold = TimeSpan.FromSeconds(seconds) }).Validate().Messages);

        Assert.Equal("Queue 'sales' needs a positive service-level threshold.", message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4999)]
    public void Queue_with_offer_timeout_under_five_seconds_is_refused(int milliseconds)
    {
        var message = Assert.Single((Valid with { OfferTimeout = TimeSpan.FromMilliseconds(milliseconds) }).Validate().Messages);

        Assert.Equal("Queue 'sales' offer timeout must be at least 5 seconds.", message);
    }

    [Fact]
    public void Queue_with_offer_timeout_of_exactly_five_seconds_is_accepted() =>
        Assert.True((Valid with { OfferTimeout = Queue.MinimumOfferTimeout }).Validate().IsValid);

    [Fact]
    public void Every_problem_of_a_queue_is_reported_at_once()
    {
        var queue = new Queue
        {
            Id = "Bad Id",
            Name = "",
            ChannelId = "",
            ServiceLevelThreshold = TimeSpan.Zero,
            OfferTimeout = TimeSpan.FromSeconds(1),
        };

        Assert.Equal(5, queue.Validate().Messages.Count);
    }

    [Fact]
    public void A_wrap_up_time_is_positive_or_none()
    {
        Assert.Null(Valid.WrapUpTime);
        Assert.True((Valid with { WrapUpTime = TimeSpan.FromSeconds(30) }).Validate().IsValid);
        Assert.Contains("wrap-up time", Assert.Single((Valid with { WrapUpTime = TimeSpan.Zero }).Validate().Messages), StringComparison.Ordinal);
    }
}
