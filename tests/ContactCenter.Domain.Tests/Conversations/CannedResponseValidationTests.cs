using ContactCenter.Domain.Conversations;

namespace ContactCenter.Domain.Tests.Conversations;

public sealed class CannedResponseValidationTests
{
    private static readonly CannedResponse Valid = new()
    {
        Id = "greeting",
        Shortcut = "hi",
        Title = "Greeting",
        Text = "Hello, how can I help you today?",
    };

    [Fact]
    public void Valid_canned_response_passes()
    {
        var errors = Valid.Validate();

        Assert.True(errors.IsValid, errors.ToString());
    }

    [Fact]
    public void Canned_response_with_invalid_id_is_refused_naming_the_id()
    {
        var message = Assert.Single((Valid with { Id = "Greeting" }).Validate().Messages);

        Assert.Equal("Canned response id 'Greeting' must be lowercase letters, digits and dashes.", message);
    }

    [Theory]
    [InlineData("/hi")]
    [InlineData("Hi")]
    [InlineData("")]
    public void Canned_response_with_invalid_shortcut_is_refused_naming_the_shortcut(string shortcut)
    {
        var message = Assert.Single((Valid with { Shortcut = shortcut }).Validate().Messages);

        Assert.Equal($"Shortcut '{shortcut}' must be lowercase letters, digits and dashes (typed after '/').", message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n ")]
    public void Canned_response_without_text_is_refused(string text)
    {
        var message = Assert.Single((Valid with { Text = text }).Validate().Messages);

        Assert.Equal("Canned response 'greeting' needs a text.", message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Canned_response_without_title_is_refused(string title)
    {
        var message = Assert.Single((Valid with { Title = title }).Validate().Messages);

        Assert.Equal("Canned response 'greeting' needs a title.", message);
    }

    [Fact]
    public void Canned_response_of_exactly_the_maximum_length_is_accepted() =>
        Assert.True((Valid with { Text = new string('a', CannedResponse.MaxTextLength) }).Validate().IsValid);

    [Fact]
    public void Canned_response_longer_than_the_maximum_is_refused()
    {
        var tooLong = Valid with { Text = new string('a', CannedResponse.MaxTextLength + 1) };

        var message = Assert.Single(tooLong.Validate().Messages);

        Assert.Equal("Canned response 'greeting' is longer than 4000 characters.", message);
    }

    [Fact]
    public void Every_problem_of_a_canned_response_is_reported_at_once() =>
        Assert.Equal(3, (Valid with { Id = "A", Shortcut = "B", Text = "" }).Validate().Messages.Count);
}
