namespace ContactCenter.Contracts.Realtime;

/// <summary>What the staff hub sends to a signed-in staff member's connections.</summary>
public interface IStaffClient
{
    /// <summary>The session ended (access changed, account disabled, signed out elsewhere); the connection closes next.</summary>
    /// <param name="reason">A sentence for the user.</param>
    Task SessionEnded(string reason);
}
