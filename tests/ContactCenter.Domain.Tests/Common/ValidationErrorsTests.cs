using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Tests.Common;

public sealed class ValidationErrorsTests
{
    [Fact]
    public void Only_actual_messages_are_kept_in_order()
    {
        var errors = ValidationErrors.Of([null, "first", null, "second"]);

        Assert.False(errors.IsValid);
        Assert.Equal(["first", "second"], errors.Messages);
    }

    [Fact]
    public void No_messages_means_valid()
    {
        Assert.True(ValidationErrors.Of([null, null]).IsValid);
        Assert.True(ValidationErrors.None.IsValid);
    }

    [Fact]
    public void Text_form_joins_every_message_so_all_problems_show_at_once() =>
        Assert.Equal("first; second", ValidationErrors.Of(["first", "second"]).ToString());
}
