using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Conversations;

namespace ContactCenter.Server.Features.Conversations.Handling;

/// <summary>The domain's enums as the contracts spell them: the contracts keep their own copy so clients carry no domain.</summary>
public static class ConversationEnumsMapper
{
    public static ConversationStatusDto ToDto(this ConversationStatus status) => status switch
    {
        ConversationStatus.Queued => ConversationStatusDto.Queued,
        ConversationStatus.Offered => ConversationStatusDto.Offered,
        ConversationStatus.Active => ConversationStatusDto.Active,
        ConversationStatus.Pending => ConversationStatusDto.Pending,
        ConversationStatus.WrapUp => ConversationStatusDto.WrapUp,
        ConversationStatus.Resolved => ConversationStatusDto.Resolved,
        ConversationStatus.Closed => ConversationStatusDto.Closed,
        ConversationStatus.Abandoned => ConversationStatusDto.Abandoned,
        _ => throw Unhandled.Case(status),
    };

    public static AuthorKindDto ToDto(this AuthorKind kind) => kind switch
    {
        AuthorKind.Customer => AuthorKindDto.Customer,
        AuthorKind.Agent => AuthorKindDto.Agent,
        AuthorKind.System => AuthorKindDto.System,
        _ => throw Unhandled.Case(kind),
    };
}
