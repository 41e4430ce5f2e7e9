using ContactCenter.Domain.Queues;

namespace ContactCenter.Domain.Tests.Queues;

public sealed class ChannelValidationTests
{
    private static readonly Channel Valid = new() { Id = "web-chat", Name = "Web chat", Kind = ChannelKind.Chat };

    [Fact]
    public void Valid_channel_passes()
    {
        var errors = Valid.Validate();

        Assert.True(errors.IsValid, errors.ToString());
    }

    [Fact]
    public void Channel_with_invalid_id_is_refused_naming_the_id()
    {
        var message = Assert.Single((Valid with { Id = "Web_Chat" }).Validate().Messages);

        Assert.Equal("Channel id 'Web_Chat' must be lowercase letters, digits and dashes.", message);
    }

    [Fact]
    public void Channel_without_name_is_refused_naming_the_channel()
    {
        var message = Assert.Single((Valid with { Name = " " }).Validate().Messages);

        Assert.Equal("Channel 'web-chat' needs a name.", message);
    }

    [Fact]
    public void Both_problems_of_a_channel_are_reported_at_once()
    {
        var errors = (Valid with { Id = "", Name = "" }).Validate();

        Assert.Collection(
            errors.Messages,
            m => Assert.StartsWith("Channel id ''", m, StringComparison.Ordinal),
            m => Assert.EndsWith("needs a name.", m, StringComparison.Ordinal));
    }
}
