using ContactCenter.Domain.Agents;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Customers;
using ContactCenter.Domain.Queues;

namespace ContactCenter.Server.Hosting.Seeding;

/// <summary>Everything in seeds/, read and checked, ready to load.</summary>
internal sealed record SeedData(
    IReadOnlyList<Channel> Channels,
    IReadOnlyList<Queue> Queues,
    IReadOnlyList<UserSeed> Users,
    IReadOnlyList<ReasonCode> ReasonCodes,
    IReadOnlyList<Label> Labels,
    IReadOnlyList<CannedResponse> CannedResponses,
    CustomerSchema CustomerSchema,
    IReadOnlyList<CustomerSeed> Customers);
