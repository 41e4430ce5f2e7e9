using ContactCenter.Domain.Access;
using ContactCenter.Domain.Customers;

namespace ContactCenter.Domain.Tests.Access;

public sealed class PiiMaskTests
{
    [Theory]
    [InlineData("john.smith@example.com", "j***@example.com")]
    [InlineData("Maria.Garcia+orders@gmail.com", "M***@gmail.com")]
    [InlineData("o'connor@company.co.uk", "o***@company.co.uk")]
    [InlineData("j@example.com", "j***@example.com")]
    [InlineData("\"john@home\"@example.com", "\"***@example.com")]
    public void Email_keeps_the_first_letter_and_the_domain(string email, string expected) =>
        Assert.Equal(expected, PiiMask.Email(email));

    [Theory]
    [InlineData("john.smith")]
    [InlineData("john.smith at example.com")]
    [InlineData("@example.com")]
    public void Email_without_a_local_part_and_an_at_sign_is_hidden_whole(string email) =>
        Assert.Equal("***", PiiMask.Email(email));

    [Fact]
    public void Empty_email_stays_empty() => Assert.Equal("", PiiMask.Email(""));

    [Theory]
    [InlineData("john.smith@example.com")]
    [InlineData("maria.garcia+orders@gmail.com")]
    [InlineData("o'connor.patrick@company.co.uk")]
    [InlineData("li.wei1987@mail.example.cn")]
    [InlineData("ahmed_hassan@outlook.com")]
    [InlineData("\"john@home\"@example.com")]
    [InlineData("John Smith <john.smith@example.com>")]
    public void Masked_email_never_shows_the_local_part_beyond_its_first_character(string email)
    {
        var at = email.LastIndexOf('@');
        var hiddenPart = email[1..at];

        var masked = PiiMask.Email(email);

        var maskedLocal = masked[..masked.LastIndexOf('@')];
        Assert.DoesNotContain(hiddenPart, maskedLocal, StringComparison.Ordinal);
        Assert.Equal(email[0] + "***", maskedLocal);
        Assert.EndsWith(email[at..], masked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+44 7700 900789", "+44 **** ***789")]
    [InlineData("+1 202 555 0143", "+1 *** *** *143")]
    [InlineData("+33 6 12 34 56 78", "+33 * ** ** *6 78")]
    [InlineData("+353 87 123 4567", "+353 ** *** *567")]
    [InlineData("+49 (0)151 23456789", "+49 (*)*** *****789")]
    public void Phone_keeps_the_country_code_and_the_last_three_digits(string phone, string expected) =>
        Assert.Equal(expected, PiiMask.Phone(phone));

    [Theory]
    [InlineData("07700 900789", "***** ***789")]
    [InlineData("(202) 555-0143", "(***) ***-*143")]
    [InlineData("020 7946 0958", "*** **** *958")]
    [InlineData("+12025550143", "+********143")]
    [InlineData("1234", "*234")]
    [InlineData("+4915123456789 ", "+**********789 ")]
    [InlineData("+4915123456789 (mobile)", "+**********789 (mobile)")]
    [InlineData("+447700 900789", "+****** ***789")]
    [InlineData("+44 ７７００ 900789", "+44 **** ***789")]
    public void Phone_without_a_separate_country_code_keeps_only_the_last_three_digits(string phone, string expected) =>
        Assert.Equal(expected, PiiMask.Phone(phone));

    [Theory]
    [InlineData("123")]
    [InlineData("12")]
    [InlineData("7")]
    [InlineData("+1 23")]
    [InlineData("+1 555")]
    [InlineData("")]
    [InlineData("unknown")]
    public void Phone_of_three_digits_or_fewer_is_hidden_whole(string phone) =>
        Assert.Equal("***", PiiMask.Phone(phone));

    [Theory]
    [InlineData("+44 7700 900789", "44")]
    [InlineData("+1 202 555 0143", "1")]
    [InlineData("+33 6 12 34 56 78", "33")]
    [InlineData("+353 87 123 4567", "353")]
    [InlineData("+49 (0)151 23456789", "49")]
    [InlineData("+91 98765 43210", "91")]
    [InlineData("07700 900789", "")]
    [InlineData("(202) 555-0143", "")]
    [InlineData("+12025550143", "")]
    [InlineData("0151-23456789", "")]
    public void Masked_phone_never_shows_a_digit_other_than_the_country_code_and_the_last_three(string phone, string countryCode)
    {
        var digits = string.Concat(phone.Where(char.IsAsciiDigit));
        var hiddenDigits = digits[countryCode.Length..^3];

        var masked = PiiMask.Phone(phone);

        Assert.Equal(countryCode + digits[^3..], string.Concat(masked.Where(char.IsAsciiDigit)));
        Assert.DoesNotContain(hiddenDigits, string.Concat(masked.Where(char.IsAsciiDigit)), StringComparison.Ordinal);
        Assert.Equal(phone.Length, masked.Length);
    }

    [Theory]
    [InlineData("1985-04-12")]
    [InlineData("AB 12 34 56 C")]
    [InlineData("@john_smith")]
    [InlineData("x")]
    public void Other_personal_value_is_hidden_whole(string value) =>
        Assert.Equal("***", PiiMask.Text(value));

    [Fact]
    public void Empty_personal_value_stays_empty() => Assert.Equal("", PiiMask.Text(""));

    // CustomerMasking.MaskedFor

    private static readonly CustomerSchema Schema = new()
    {
        CustomFields =
        [
            new() { Key = "nationalId", Label = "National id", Type = CustomerFieldType.Text, IsPii = true },
            new() { Key = "twitter", Label = "Twitter handle", Type = CustomerFieldType.Text, IsPii = true },
            new() { Key = "plan", Label = "Plan", Type = CustomerFieldType.Choice, Options = ["free", "pro"] },
            new() { Key = "accountNumber", Label = "Account number", Type = CustomerFieldType.Text },
        ],
    };

    private static readonly Customer John = new()
    {
        Id = Guid.Parse("0193a1b2-0000-7000-8000-000000000030"),
        Name = "John Smith",
        Email = "john.smith@example.com",
        Phone = "+44 7700 900789",
        CreatedAt = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero),
        Fields = new Dictionary<string, string>
        {
            ["nationalId"] = "AB 12 34 56 C",
            ["twitter"] = "@johnsmith",
            ["plan"] = "pro",
            ["accountNumber"] = "A-1001",
        },
    };

    private static AccessGrant GrantFor(string roleId) => AccessGrant.For(
        new StaffUser
        {
            Id = Guid.Parse("0193a1b2-0000-7000-8000-000000000031"),
            UserName = "carol",
            DisplayName = "Carol Reed",
            Email = "carol@example.com",
            Roles = [roleId],
            PasswordHash = "hash",
        },
        BuiltInRoles.All);

    [Fact]
    public void Agent_gets_email_phone_and_pii_fields_masked_and_the_rest_clear()
    {
        var masked = John.MaskedFor(Schema, GrantFor(BuiltInRoles.Agent));

        Assert.Equal("j***@example.com", masked.Email);
        Assert.Equal("+44 **** ***789", masked.Phone);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["nationalId"] = "***",
                ["twitter"] = "***",
                ["plan"] = "pro",
                ["accountNumber"] = "A-1001",
            },
            masked.Fields);
        Assert.Equal(John.Id, masked.Id);
        Assert.Equal("John Smith", masked.Name);
        Assert.Equal(John.CreatedAt, masked.CreatedAt);
    }

    [Fact]
    public void Agent_masking_leaves_the_original_profile_untouched()
    {
        _ = John.MaskedFor(Schema, GrantFor(BuiltInRoles.Agent));

        Assert.Equal("john.smith@example.com", John.Email);
        Assert.Equal("+44 7700 900789", John.Phone);
        Assert.Equal("AB 12 34 56 C", John.Fields["nationalId"]);
    }

    [Fact]
    public void Agent_masking_keeps_missing_email_and_phone_missing()
    {
        var masked = (John with { Email = null, Phone = null }).MaskedFor(Schema, GrantFor(BuiltInRoles.Agent));

        Assert.Null(masked.Email);
        Assert.Null(masked.Phone);
    }

    [Theory]
    [InlineData(BuiltInRoles.SeniorAgent)]
    [InlineData(BuiltInRoles.Supervisor)]
    [InlineData(BuiltInRoles.Admin)]
    [InlineData(BuiltInRoles.Owner)]
    public void Role_that_may_see_pii_gets_the_identical_clear_customer(string roleId) =>
        Assert.Same(John, John.MaskedFor(Schema, GrantFor(roleId)));
}
