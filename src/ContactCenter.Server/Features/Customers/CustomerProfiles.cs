using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Audit;
using ContactCenter.Domain.Customers;
using ContactCenter.Server.Features.Audit;
using Marten;

namespace ContactCenter.Server.Features.Customers;

public enum ProfileOutcome
{
    Shown,
    NotFound,
    NotInConversation,
}

public sealed record ProfileRead(ProfileOutcome Outcome, CustomerDto? Profile = null);

/// <summary>
/// Reading one profile, the same for the REST API and the hubs: the agents' conversation rule,
/// masking for the recipient, and an audit entry for every unmasked read.
/// </summary>
public static class CustomerProfiles
{
    public const string NotInConversationMessage = "Agents see and edit a customer's profile only while in an active conversation with them.";

    public static async Task<ProfileRead> ReadProfileAsync(this IDocumentSession session, AccessGrant reader, AuditContext audit, Guid customerId, CancellationToken cancellationToken)
    {
        var customer = await session.LoadAsync<Customer>(customerId, cancellationToken);
        if (customer is null)
        {
            return new ProfileRead(ProfileOutcome.NotFound);
        }

        if (!reader.CanViewCustomer(await session.InActiveConversationAsync(reader, customerId, cancellationToken)))
        {
            return new ProfileRead(ProfileOutcome.NotInConversation);
        }

        if (reader.CanSeePii)
        {
            session.Record(audit, AuditActions.CustomerPiiRead, $"customer:{customerId}");
            await session.SaveChangesAsync(cancellationToken);
        }

        return new ProfileRead(ProfileOutcome.Shown, customer.ToDto(await session.SchemaAsync(cancellationToken), reader));
    }
}
