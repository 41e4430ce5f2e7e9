using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Teams;

namespace ContactCenter.Domain.Tests.Teams;

public sealed class TeamValidationTests
{
    private static readonly Team Valid = new() { Id = "night-shift", Name = "Night shift", MemberIds = [Guid.Parse("0193a1b2-0000-7000-8000-000000000020")] };

    [Fact]
    public void Valid_team_passes()
    {
        Assert.True(Valid.Validate().IsValid, Valid.Validate().ToString());
    }

    [Fact]
    public void A_team_without_members_is_valid_so_admins_can_fill_it_later()
    {
        Assert.True((Valid with { MemberIds = [] }).Validate().IsValid);
    }

    [Theory]
    [InlineData("Night Shift")]
    [InlineData("")]
    [InlineData("night_shift")]
    public void Team_with_invalid_id_is_refused_naming_the_id(string id)
    {
        var message = Assert.Single((Valid with { Id = id }).Validate().Messages);

        Assert.Contains($"'{id}'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Team_without_name_is_refused()
    {
        Assert.Contains("needs a name", Assert.Single((Valid with { Name = " " }).Validate().Messages), StringComparison.Ordinal);
    }

    [Fact]
    public void Team_naming_an_empty_user_id_is_refused()
    {
        Assert.Contains("empty user id", Assert.Single((Valid with { MemberIds = [Guid.Empty] }).Validate().Messages), StringComparison.Ordinal);
    }

    [Fact]
    public void Queue_listing_an_invalid_team_id_is_refused_naming_it()
    {
        var queue = new Queue { Id = "sales", Name = "Sales", ChannelId = "web-chat", MemberTeamIds = ["Night Shift"] };

        Assert.Contains("invalid team id 'Night Shift'", Assert.Single(queue.Validate().Messages), StringComparison.Ordinal);
    }
}
