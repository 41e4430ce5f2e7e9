using ContactCenter.Domain.Agents;

namespace ContactCenter.Domain.Tests.Agents;

public sealed class ReasonCodeValidationTests
{
    private static readonly ReasonCode Valid = new() { Id = "lunch", Name = "Lunch" };

    [Fact]
    public void Valid_reason_code_passes()
    {
        var errors = Valid.Validate();

        Assert.True(errors.IsValid, errors.ToString());
    }

    [Fact]
    public void Missed_offer_system_code_has_a_valid_id()
    {
        var missedOffer = new ReasonCode { Id = ReasonCode.MissedOfferId, Name = "Missed offer", IsSystem = true };

        Assert.True(missedOffer.Validate().IsValid);
    }

    [Fact]
    public void Reason_code_with_invalid_id_is_refused_naming_the_id()
    {
        var message = Assert.Single((Valid with { Id = "Coffee Break" }).Validate().Messages);

        Assert.Equal("Reason code id 'Coffee Break' must be lowercase letters, digits and dashes.", message);
    }

    [Fact]
    public void Reason_code_without_name_is_refused_naming_the_code()
    {
        var message = Assert.Single((Valid with { Name = "" }).Validate().Messages);

        Assert.Equal("Reason code 'lunch' needs a name.", message);
    }

    [Fact]
    public void Both_problems_of_a_reason_code_are_reported_at_once() =>
        Assert.Equal(2, (Valid with { Id = "X", Name = "\t" }).Validate().Messages.Count);
}
