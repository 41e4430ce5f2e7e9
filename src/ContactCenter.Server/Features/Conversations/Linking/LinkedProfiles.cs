using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Customers;
using ContactCenter.Server.Features.Audit;
using ContactCenter.Server.Features.Customers;
using Marten;

namespace ContactCenter.Server.Features.Conversations.Linking;

/// <summary>The profiles a conversation belonged to before it was linked, shared by the agent hub and the REST API.</summary>
public static class LinkedProfiles
{
    /// <summary>
    /// Only the profiles the reader may see (the rule of reading one profile: agents only while in an
    /// active conversation with that customer, which a profile the chat left no longer is), masked for
    /// the reader as every profile read is, and audited when shown unmasked.
    /// </summary>
    public static async Task<IReadOnlyList<CustomerDto>> LinkedProfilesAsync(
        this IDocumentSession session, AccessGrant reader, AuditContext audit, ConversationHistory conversation, CancellationToken cancellationToken)
    {
        if (conversation.LinkedCustomerIds.Count == 0)
        {
            return [];
        }

        var found = (await session.LoadManyAsync<Customer>(cancellationToken, conversation.LinkedCustomerIds)).ToDictionary(c => c.Id);
        // In the order the conversation left them; a profile deleted since is left out.
        var shown = new List<Customer>();
        foreach (var id in conversation.LinkedCustomerIds.Where(found.ContainsKey))
        {
            if (reader.CanViewCustomer(await session.InActiveConversationAsync(reader, id, cancellationToken)))
            {
                shown.Add(found[id]);
            }
        }

        await session.AuditPiiReadAsync(reader, audit, shown, cancellationToken);
        var schema = await session.SchemaAsync(cancellationToken);
        return [.. shown.Select(c => c.ToDto(schema, reader))];
    }
}
