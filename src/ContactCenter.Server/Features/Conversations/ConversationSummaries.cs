using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Contracts.Customers;
using ContactCenter.Domain.Conversations;

namespace ContactCenter.Server.Features.Conversations;

public static class ConversationSummaries
{
    public static ConversationSummaryDto ToSummary(this ConversationHistory c) =>
        new(c.Id, c.QueueId, c.Status.ToDto(), c.AgentName, c.StartedAt, c.LastActivityAt, c.MessageCount, c.LastMessagePreview, c.Rating);
}
