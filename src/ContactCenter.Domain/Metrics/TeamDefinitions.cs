namespace ContactCenter.Domain.Metrics;

/// <summary>
/// What each team figure means, in the words the analytics page shows as tooltips and the CSV
/// repeats; <see cref="TeamMetrics"/> computes exactly this (docs/domain.md, "Figures"). The
/// figures credited to agents keep the personal wording of <see cref="MetricDefinitions"/>.
/// </summary>
public static class TeamDefinitions
{
    public const string Period =
        "A conversation counts in a period by the time of the event that ends what is measured: the answer, the reply, the resolution, the rating. " +
        "Days are calendar days of the contact center's time zone; 7 and 30 days are rolling windows ending now.";

    public const string Volume =
        "Conversations that entered a queue in the period: started in it, transferred or moved into it (the wallboard's offered). " +
        "With an agent or a team chosen: the conversations they answered or received by a transfer.";

    public const string Backlog =
        "Conversations open at the end of the period (started before it, neither resolved nor abandoned by then), counted in the queue they were in then; " +
        "with an agent or a team chosen, those its agents owned then.";

    public const string FirstResponseTime =
        "From the customer's first message to the first reply of an agent; credited to that agent on the day of the reply. Unanswered conversations are not counted.";

    public const string AverageResponseTime =
        "For every run of consecutive customer messages followed by an agent's message, from the run's first message to that reply; mean over the runs answered.";

    public const string ResolutionTime =
        "From the conversation's creation to its resolution, mean over the conversations resolved in the period; credited to the owner at the resolution.";

    public const string HandleTime =
        "Per agent, from their accept (or receiving a transfer) to their finishing the wrap-up (resolving) or handing it on; mean of the segments ended in the period, " +
        "counted in the queue the agent answered it in.";

    public const string Resolved =
        "Conversations resolved in the period, each once, credited to the owner then; a supervisor's end counts for the owner.";

    public const string Csat =
        "Share of ratings of 4 or 5 (out of 5) among the ratings given in the period, with the mean rating; a rating counts for the owner when the conversation ended.";

    public const string TransferRate =
        "Conversations transferred at least once in the period (to a queue or to an agent) ÷ conversations answered in the period.";

    public const string AbandonmentRate =
        "Waits abandoned (the customer left while queued or offered) ÷ (waits answered + waits abandoned). Not shown for an agent or a team: an abandon belongs to a queue.";

    public const string Agents =
        "Each agent credited with something in the period under this filter: the same figures as their personal analytics, with their handle time, answers and transfers out.";

    public const string Trend = "Per calendar day of the period: volume, conversations resolved, and CSAT of the ratings given that day.";
}
