namespace ContactCenter.Domain.Access;

public sealed record LockoutPolicy(int MaxFailedSignIns, TimeSpan LockoutDuration)
{
    public static readonly LockoutPolicy Default = new(5, TimeSpan.FromMinutes(15));
}
