using ContactCenter.Domain.Access;

namespace ContactCenter.Domain.Tests.Access;

public sealed class StaffUserValidationTests
{
    private static readonly StaffUser Valid = new()
    {
        Id = Guid.Parse("0193a1b2-0000-7000-8000-000000000001"),
        UserName = "alice",
        DisplayName = "Alice Martin",
        Email = "alice@example.com",
        Roles = [BuiltInRoles.Agent],
        PasswordHash = "hash",
        QueueIds = ["sales", "support"],
    };

    [Fact]
    public void Valid_user_passes()
    {
        var errors = Valid.Validate();

        Assert.True(errors.IsValid, errors.ToString());
    }

    [Fact]
    public void User_without_queues_is_valid() =>
        Assert.True((Valid with { QueueIds = [] }).Validate().IsValid);

    [Fact]
    public void User_without_user_name_is_refused() =>
        Assert.Contains("A user needs a user name.", (Valid with { UserName = "" }).Validate().Messages);

    [Fact]
    public void User_name_with_spaces_is_refused_naming_it()
    {
        var message = Assert.Single((Valid with { UserName = "alice martin" }).Validate().Messages);

        Assert.Equal("User name 'alice martin' must not contain spaces.", message);
    }

    [Fact]
    public void User_without_display_name_is_refused_naming_the_user()
    {
        var message = Assert.Single((Valid with { DisplayName = " " }).Validate().Messages);

        Assert.Equal("User 'alice' needs a display name.", message);
    }

    [Fact]
    public void User_without_roles_is_refused_naming_the_user()
    {
        var message = Assert.Single((Valid with { Roles = [] }).Validate().Messages);

        Assert.Equal("User 'alice' needs at least one role.", message);
    }

    [Fact]
    public void Each_invalid_queue_id_of_a_user_is_reported()
    {
        var errors = (Valid with { QueueIds = ["sales", "Support", "vip queue"] }).Validate();

        Assert.Equal(
            [
                "User 'alice' names an invalid queue id 'Support'.",
                "User 'alice' names an invalid queue id 'vip queue'.",
            ],
            errors.Messages);
    }

    [Fact]
    public void Every_problem_of_a_user_is_reported_at_once()
    {
        var user = Valid with { UserName = "al ice", DisplayName = "", Roles = [], QueueIds = ["Bad"] };

        Assert.Equal(4, user.Validate().Messages.Count);
    }
}
