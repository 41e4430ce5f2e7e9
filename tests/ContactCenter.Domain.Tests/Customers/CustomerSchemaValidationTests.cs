using ContactCenter.Domain.Customers;

namespace ContactCenter.Domain.Tests.Customers;

public sealed class CustomerSchemaValidationTests
{
    private static CustomerSchema WithFields(params CustomerField[] fields) => new() { CustomFields = fields };

    private static CustomerField Text(string key) => new() { Key = key, Label = key, Type = CustomerFieldType.Text };

    [Fact]
    public void Valid_schema_passes()
    {
        var schema = WithFields(
            Text("accountNumber"),
            new() { Key = "plan", Label = "Plan", Type = CustomerFieldType.Choice, Options = ["free", "pro"], Required = true },
            new() { Key = "birthday", Label = "Birthday", Type = CustomerFieldType.Date, IsPii = true });

        var errors = schema.Validate();

        Assert.True(errors.IsValid, errors.ToString());
    }

    [Fact]
    public void Schema_without_custom_fields_is_valid() =>
        Assert.True(WithFields().Validate().IsValid);

    [Fact]
    public void Schema_is_a_singleton_document() =>
        Assert.Equal(CustomerSchema.SingletonId, WithFields().Id);

    [Fact]
    public void Built_in_fields_are_name_email_and_phone_first()
    {
        var schema = WithFields(Text("plan"));

        Assert.Equal(["name", "email", "phone", "plan"], schema.AllFields.Select(f => f.Key));
    }

    [Fact]
    public void Built_in_email_and_phone_are_personal_data_and_name_is_required()
    {
        var fields = CustomerSchema.BuiltInFields.ToDictionary(f => f.Key);

        Assert.True(fields["email"].IsPii);
        Assert.True(fields["phone"].IsPii);
        Assert.False(fields["name"].IsPii);
        Assert.True(fields["name"].Required);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("email")]
    [InlineData("phone")]
    [InlineData("Email")]
    [InlineData("pHONE")]
    [InlineData("eMail")]
    [InlineData("nAME")]
    public void Built_in_keys_cannot_be_redefined_whatever_their_case(string key)
    {
        var errors = WithFields(Text(key)).Validate();

        var message = Assert.Single(errors.Messages, m => m.Contains("more than once", StringComparison.Ordinal));
        Assert.Contains("built-in keys: name, email, phone", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_custom_keys_are_refused_naming_the_key()
    {
        var message = Assert.Single(WithFields(Text("plan"), Text("pLAN")).Validate().Messages);

        Assert.StartsWith("Field key 'plan' is used more than once", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Plan")]
    [InlineData("1plan")]
    [InlineData("account-number")]
    [InlineData("plan\n")]
    [InlineData("account_number")]
    [InlineData("account number")]
    [InlineData("")]
    public void Custom_key_must_start_with_a_lowercase_letter_and_hold_only_letters_and_digits(string key)
    {
        var errors = WithFields(Text(key)).Validate();

        Assert.Contains(
            $"Field key '{key}' must start with a letter and hold only letters and digits.", errors.Messages);
    }

    [Fact]
    public void Choice_field_without_options_is_refused_naming_the_field()
    {
        var schema = WithFields(new CustomerField { Key = "plan", Label = "Plan", Type = CustomerFieldType.Choice });

        var message = Assert.Single(schema.Validate().Messages);

        Assert.Equal("Choice field 'plan' needs at least one option.", message);
    }

    [Fact]
    public void Every_problem_of_a_schema_is_reported_at_once()
    {
        var schema = WithFields(
            Text("Bad-Key"),
            Text("email"),
            new() { Key = "plan", Label = "Plan", Type = CustomerFieldType.Choice });

        Assert.Equal(3, schema.Validate().Messages.Count);
    }
}
