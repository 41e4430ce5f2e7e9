using ContactCenter.Contracts.Access;
using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Analytics;
using ContactCenter.Contracts.Customers;
using ContactCenter.Contracts.Desk;

namespace ContactCenter.Contracts.Realtime;

/// <summary>
/// What a signed-in staff member may call on the agent hub (<see cref="ApiRoutes.AgentHub"/>): the product's
/// real-time API for staff. The hub implements it and the typed client calls its methods by
/// <see langword="nameof"/>, so a renamed method fails the build. Every call is authorised afresh; a refusal is a
/// hub error whose message starts with a stable code ("permission-denied: ...", "not-found: ...").
/// </summary>
/// <remarks>Split by area like the hub itself: conversations, the desk, linking, presence.</remarks>
public partial interface IAgentHub
{
    /// <summary>Who the caller is and what their roles allow now.</summary>
    /// <returns>The caller's id, user name and permissions, sorted.</returns>
    MyAccess GetMyAccess();

    /// <summary>A customer's profile, masked for the caller as the REST API masks it, and audited alike.</summary>
    /// <param name="customerId">The customer.</param>
    /// <returns>The profile; "not-found" or "customer-not-in-conversation" otherwise.</returns>
    Task<CustomerDto> GetCustomer(Guid customerId);

    /// <summary>The caller's own figures, never anyone else's.</summary>
    /// <param name="period">"today", "7d" or "30d"; anything else is refused with "invalid-period".</param>
    /// <returns>The caller's figures over the period.</returns>
    Task<MyAnalyticsDto> GetMyAnalytics(string period);

    /// <summary>The caller's own presence: global state, reason and each channel's state.</summary>
    /// <returns>The presence with its version.</returns>
    Task<AgentPresenceDto> GetMyPresence();

    /// <summary>The reasons an agent may choose for not being ready (system reasons are set, not chosen).</summary>
    /// <returns>The reasons, by name.</returns>
    Task<IReadOnlyList<ReasonCodeDto>> GetReasonCodes();

    /// <summary>Sets the caller's global state.</summary>
    /// <param name="state">"Ready", "NotReady" or "Offline" (any case); otherwise "unknown-state".</param>
    /// <param name="reasonCodeId">For "NotReady", one of <see cref="GetReasonCodes"/>; otherwise "unknown-reason".</param>
    /// <returns>The new presence.</returns>
    Task<AgentPresenceDto> ChooseState(string state, string? reasonCodeId);

    /// <summary>Sets one channel's readiness and capacity for the caller.</summary>
    /// <param name="channel">"Chat", "Email" or "Social" (any case); otherwise "unknown-channel".</param>
    /// <param name="ready">Whether the caller takes work on this channel.</param>
    /// <param name="capacity">How many conversations of this channel at once.</param>
    /// <returns>The new presence.</returns>
    Task<AgentPresenceDto> SetChannel(string channel, bool ready, int capacity);
}
