using ContactCenter.Domain.Common;

namespace ContactCenter.Server.Features.Customers;

/// <summary>The refusals of the customer use cases, the same over the hub and the REST API.</summary>
public static class CustomerErrors
{
    public const string NotInConversationMessage = "Agents see and edit a customer's profile only while in an active conversation with them.";

    public static readonly RuleViolation NotInConversation = RuleViolation.Forbidden("customer-not-in-conversation", NotInConversationMessage);

    /// <summary>They would overwrite data they never saw.</summary>
    public static readonly RuleViolation PiiMasked = RuleViolation.Forbidden("permission-denied", "Your role sees this customer's personal data masked, so it cannot change it.");

    public static RuleViolation NotFound(Guid customerId) => RuleViolation.NotFound("not-found", $"Customer {customerId} does not exist.");
}
