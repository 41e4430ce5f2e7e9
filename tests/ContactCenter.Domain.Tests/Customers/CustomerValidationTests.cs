using ContactCenter.Domain.Customers;

namespace ContactCenter.Domain.Tests.Customers;

public sealed class CustomerValidationTests
{
    private static readonly CustomerSchema Schema = new()
    {
        CustomFields =
        [
            new() { Key = "accountNumber", Label = "Account number", Type = CustomerFieldType.Text, Required = true },
            new() { Key = "plan", Label = "Plan", Type = CustomerFieldType.Choice, Options = ["free", "pro"] },
            new() { Key = "notes", Label = "Notes", Type = CustomerFieldType.Text },
        ],
    };

    private static Customer CustomerWith(Dictionary<string, string> fields) => new()
    {
        Id = Guid.Parse("0193a1b2-0000-7000-8000-000000000002"),
        Name = "Jane Doe",
        Email = "jane@example.com",
        CreatedAt = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero),
        Fields = fields,
    };

    [Fact]
    public void Valid_customer_passes()
    {
        var customer = CustomerWith(new() { ["accountNumber"] = "A-1", ["plan"] = "pro" });

        var errors = customer.Validate(Schema);

        Assert.True(errors.IsValid, errors.ToString());
    }

    [Fact]
    public void Optional_fields_may_be_left_out() =>
        Assert.True(CustomerWith(new() { ["accountNumber"] = "A-1" }).Validate(Schema).IsValid);

    [Fact]
    public void Customer_without_name_is_refused()
    {
        var customer = CustomerWith(new() { ["accountNumber"] = "A-1" }) with { Name = " " };

        var message = Assert.Single(customer.Validate(Schema).Messages);

        Assert.Equal("A customer needs a name.", message);
    }

    [Fact]
    public void Value_for_a_field_the_schema_does_not_define_is_refused_naming_the_key()
    {
        var customer = CustomerWith(new() { ["accountNumber"] = "A-1", ["shoeSize"] = "42" });

        var message = Assert.Single(customer.Validate(Schema).Messages);

        Assert.Equal(
            "Customer 'Jane Doe' has a value for 'shoeSize', which the customer schema does not define.", message);
    }

    [Fact]
    public void Missing_required_field_is_refused_naming_the_field()
    {
        var message = Assert.Single(CustomerWith([]).Validate(Schema).Messages);

        Assert.Equal("Customer 'Jane Doe' lacks the required field 'accountNumber'.", message);
    }

    [Theory]
    [InlineData("enterprise")]
    [InlineData("Pro")]
    [InlineData("")]
    public void Choice_value_outside_the_options_is_refused_naming_value_and_field(string plan)
    {
        var customer = CustomerWith(new() { ["accountNumber"] = "A-1", ["plan"] = plan });

        var message = Assert.Single(customer.Validate(Schema).Messages);

        Assert.Equal($"Customer 'Jane Doe' has '{plan}' for 'plan', which is not one of its options.", message);
    }

    [Fact]
    public void Every_problem_of_a_customer_is_reported_at_once()
    {
        var customer = CustomerWith(new() { ["plan"] = "gold", ["shoeSize"] = "42", ["hatSize"] = "7" });

        var errors = customer.Validate(Schema);

        Assert.Equal(4, errors.Messages.Count);
        Assert.Contains(errors.Messages, m => m.Contains("'shoeSize'", StringComparison.Ordinal));
        Assert.Contains(errors.Messages, m => m.Contains("'hatSize'", StringComparison.Ordinal));
        Assert.Contains(errors.Messages, m => m.Contains("'accountNumber'", StringComparison.Ordinal));
        Assert.Contains(errors.Messages, m => m.Contains("'gold'", StringComparison.Ordinal));
    }
}
