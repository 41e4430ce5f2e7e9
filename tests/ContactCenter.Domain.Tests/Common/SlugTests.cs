using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Tests.Common;

public sealed class SlugTests
{
    [Theory]
    [InlineData("sales")]
    [InlineData("missed-offer")]
    [InlineData("web-chat-2")]
    [InlineData("a")]
    [InlineData("42")]
    [InlineData("tier-1-support")]
    public void Lowercase_letters_digits_and_single_inner_dashes_are_valid(string value) =>
        Assert.True(Slug.IsValid(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("Sales")]
    [InlineData("SALES")]
    [InlineData("sales team")]
    [InlineData("sales_team")]
    [InlineData("sales.team")]
    [InlineData("-sales")]
    [InlineData("sales-")]
    [InlineData("sales--team")]
    [InlineData("-")]
    [InlineData("ventes-é")]
    [InlineData(" sales")]
    [InlineData("sales/team")]
    [InlineData("sales\n")]
    public void Anything_else_is_invalid(string? value) =>
        Assert.False(Slug.IsValid(value));
}
