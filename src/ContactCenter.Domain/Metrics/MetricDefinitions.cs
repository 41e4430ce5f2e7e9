namespace ContactCenter.Domain.Metrics;

/// <summary>
/// What each personal figure means, in the words the desktop shows as tooltips. Written once, here,
/// next to <see cref="AgentMetrics"/>, which computes exactly this (docs/domain.md, "Figures").
/// </summary>
public static class MetricDefinitions
{
    public const string Period =
        "A conversation counts in a period by the time of the event that ends what is measured: your reply, the resolution, the rating. " +
        "Today is the calendar day in the contact center's time zone; 7 and 30 days are rolling windows ending now.";

    public const string FirstResponseTime =
        "From the customer's first message to the first reply of an agent after it; credited to the agent who sent that reply " +
        "and counted on the day of the reply. Conversations no agent replied to are not counted. Mean over your conversations.";

    public const string AverageResponseTime =
        "For every run of consecutive customer messages followed by an agent's message, the time from the run's first message to that reply; " +
        "mean over the runs you answered. Private notes are not messages; system messages neither start nor end a run.";

    public const string ResolutionTime =
        "From the conversation's creation to its resolution; mean over the conversations you resolved in the period. " +
        "A reopened conversation counts again from its creation to its latest resolution, once per period.";

    public const string ResolvedCount =
        "Conversations you resolved in the period, each once. When a supervisor ended your conversation, it counts for you as its owner then. " +
        "Ending a conversation yourself starts wrap-up; resolving it, or finishing the wrap-up, counts.";

    public const string Csat =
        "Share of ratings of 4 or 5 (out of 5) among the ratings given in the period, as a percentage, with the mean rating and the number of ratings; " +
        "a rating counts for the agent who owned the conversation when it ended, on the day it was given.";

    public const string Daily =
        "Per calendar day of the contact center's time zone: conversations you resolved that day and your mean first response time that day.";
}
