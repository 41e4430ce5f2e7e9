using ContactCenter.Domain.Conversations;

namespace ContactCenter.Domain.Tests.Conversations;

public sealed class LabelValidationTests
{
    private static readonly Label Valid = new() { Id = "billing", Name = "Billing", Color = "#1e88e5" };

    [Theory]
    [InlineData("#1e88e5")]
    [InlineData("#1E88E5")]
    [InlineData("#000000")]
    public void Valid_label_passes(string color)
    {
        var errors = (Valid with { Color = color }).Validate();

        Assert.True(errors.IsValid, errors.ToString());
    }

    [Fact]
    public void Label_with_invalid_id_is_refused_naming_the_id()
    {
        var message = Assert.Single((Valid with { Id = "Billing!" }).Validate().Messages);

        Assert.Equal("Label id 'Billing!' must be lowercase letters, digits and dashes.", message);
    }

    [Fact]
    public void Label_without_name_is_refused_naming_the_label()
    {
        var message = Assert.Single((Valid with { Name = "  " }).Validate().Messages);

        Assert.Equal("Label 'billing' needs a name.", message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1e88e5")]
    [InlineData("#1e8")]
    [InlineData("#1e88e5ff")]
    [InlineData("#1g88e5")]
    [InlineData("#1e88e5\n")]
    [InlineData("blue")]
    public void Label_with_colour_that_is_not_six_digit_hex_is_refused(string color)
    {
        var message = Assert.Single((Valid with { Color = color }).Validate().Messages);

        Assert.Equal($"Label 'billing' colour '{color}' must look like #1e88e5.", message);
    }

    [Fact]
    public void Every_problem_of_a_label_is_reported_at_once() =>
        Assert.Equal(3, new Label { Id = "", Name = "", Color = "red" }.Validate().Messages.Count);
}
