using ContactCenter.Contracts.Conversations;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;

namespace ContactCenter.Server.Features.Conversations.Following;

public static class Followed
{
    /// <summary>
    /// Runs a command that makes the conversation the caller's, following it first: its step then
    /// comes through the conversation's group only, not a second time through the queue's. A
    /// refused command un-follows, unless the connection followed it before.
    /// </summary>
    public static async Task<Outcome<CommandAck>> WhileRunningAsync(this IFollowingConnection? following, Guid conversationId, Func<Task<CommandOutcome>> run)
    {
        var joined = following is not null && await following.FollowAsync(conversationId);
        var outcome = (await run()).Ack(conversationId);
        if (outcome.Error is not null && joined)
        {
            await following!.UnfollowAsync(conversationId);
        }

        return outcome;
    }
}
