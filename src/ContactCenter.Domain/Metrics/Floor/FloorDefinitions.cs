namespace ContactCenter.Domain.Metrics.Floor;

/// <summary>
/// What each wallboard figure means, in the words its tiles show as tooltips; <see cref="LiveFloor"/>
/// and <see cref="FloorFigures"/> compute exactly this (docs/domain.md, "Figures").
/// </summary>
public static class FloorDefinitions
{
    public const string Today =
        "Today is the calendar day in the contact center's time zone; a wait or a handle time counts on the day of the event that ends it.";

    public const string Waiting = "Conversations queued or being offered now.";

    public const string LongestWait =
        "The largest wait so far among the conversations now queued or offered; a wait counts from entering the queue, again after a transfer or a move.";

    public const string Active = "Answered conversations whose customer is still there: active, or pending on the customer.";

    public const string InWrapUp = "Conversations ended (by the agent, a supervisor or the customer leaving) whose owner has not finished the wrap-up.";

    public const string Offered = "Conversations that entered the queue today: started in it, transferred or moved into it.";

    public const string Answered = "Waits that ended today with an agent: an offer accepted, or the conversation taken from the queue.";

    public const string Abandoned = "Waits that ended today with the customer leaving while the conversation was queued or offered.";

    public const string AverageSpeedOfAnswer = "The mean wait of today's answered waits.";

    public const string ServiceLevel =
        "Answered within the queue's threshold ÷ (all answered + abandoned after the threshold); abandons within the threshold count neither way. " +
        "— when nothing counts yet. The total judges each wait against its own queue's threshold.";

    public const string AbandonmentRate = "Abandoned ÷ (answered + abandoned), today.";

    public const string AverageHandleTime =
        "Per agent, from their accept (or taking the chat) to their finishing its wrap-up or handing it on by a transfer; the mean of the segments ended today, " +
        "counted in the queue the agent answered it in.";

    public const string AgentsByState =
        "Agents of the queue per global state now, each once whatever their connections; not ready is split by reason. " +
        "In wrap-up counts, besides, the agents with a conversation in wrap-up.";

    public const string CustomerWaitingForReply = "How long the customer's oldest message without an agent's reply has waited.";
}
