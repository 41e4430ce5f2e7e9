using ContactCenter.Domain.Access;

namespace ContactCenter.Domain.Tests.Access;

public sealed class BuiltInRolesTests
{
    [Fact]
    public void Ladder_runs_from_least_to_most_privileged() =>
        Assert.Equal(["agent", "senior-agent", "supervisor", "admin", "owner"], BuiltInRoles.Ladder);

    [Theory]
    [InlineData(BuiltInRoles.Agent)]
    [InlineData(BuiltInRoles.SeniorAgent)]
    [InlineData(BuiltInRoles.Supervisor)]
    [InlineData(BuiltInRoles.Admin)]
    [InlineData(BuiltInRoles.Owner)]
    public void Each_of_the_five_roles_is_built_in(string role) =>
        Assert.True(BuiltInRoles.IsBuiltIn(role));

    [Theory]
    [InlineData("Agent")]
    [InlineData("quality-reviewer")]
    [InlineData("")]
    public void Other_names_are_not_built_in(string role) =>
        Assert.False(BuiltInRoles.IsBuiltIn(role));
}
