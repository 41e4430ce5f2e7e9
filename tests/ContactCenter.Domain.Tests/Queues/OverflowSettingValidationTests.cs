using ContactCenter.Domain.Queues;

namespace ContactCenter.Domain.Tests.Queues;

/// <summary>A queue's maximum wait and overflow queue come together, and never point back at the queue itself.</summary>
public sealed class OverflowSettingValidationTests
{
    private static readonly Queue Sales = new() { Id = "sales", Name = "Sales", ChannelId = "web-chat" };

    [Fact]
    public void A_maximum_wait_with_another_queue_to_overflow_into_is_valid()
    {
        Assert.True((Sales with { MaxWait = TimeSpan.FromMinutes(3), OverflowQueueId = "support" }).Validate().IsValid);
    }

    [Fact]
    public void A_queue_without_either_is_valid_and_never_overflows()
    {
        Assert.True(Sales.Validate().IsValid);
        Assert.Null(Sales.MaxWait);
    }

    [Fact]
    public void A_maximum_wait_without_an_overflow_queue_is_refused()
    {
        Assert.Contains("both a maximum wait and an overflow queue", Assert.Single((Sales with { MaxWait = TimeSpan.FromMinutes(3) }).Validate().Messages), StringComparison.Ordinal);
    }

    [Fact]
    public void An_overflow_queue_without_a_maximum_wait_is_refused()
    {
        Assert.Contains("both a maximum wait and an overflow queue", Assert.Single((Sales with { OverflowQueueId = "support" }).Validate().Messages), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_maximum_wait_that_is_not_positive_is_refused(int seconds)
    {
        var queue = Sales with { MaxWait = TimeSpan.FromSeconds(seconds), OverflowQueueId = "support" };

        Assert.Contains("positive maximum wait", Assert.Single(queue.Validate().Messages), StringComparison.Ordinal);
    }

    [Fact]
    public void A_queue_overflowing_into_itself_is_refused()
    {
        var queue = Sales with { MaxWait = TimeSpan.FromMinutes(1), OverflowQueueId = "sales" };

        Assert.Contains("cannot overflow into itself", Assert.Single(queue.Validate().Messages), StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_overflow_queue_id_is_refused_naming_it()
    {
        var queue = Sales with { MaxWait = TimeSpan.FromMinutes(1), OverflowQueueId = "Support Queue" };

        Assert.Contains("'Support Queue'", Assert.Single(queue.Validate().Messages), StringComparison.Ordinal);
    }
}
