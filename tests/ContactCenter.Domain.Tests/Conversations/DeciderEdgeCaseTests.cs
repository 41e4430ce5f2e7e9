using ContactCenter.Domain.Conversations;
using static ContactCenter.Domain.Tests.Conversations.ConversationScenario;

namespace ContactCenter.Domain.Tests.Conversations;

/// <summary>Edge cases found by review: what is stored is what is checked; missing ids never match.</summary>
public sealed class DeciderEdgeCaseTests
{
    [Fact]
    public void A_message_of_control_characters_only_is_refused_as_empty() =>
        Given(Active).When(new PostMessage(ConversationId, MessageId, Customer, "\u0007\u0000", Now)).ThenRefused("empty-message");

    [Fact]
    public void The_length_limit_applies_to_the_stored_text() =>
        Given(Active).When(new PostMessage(ConversationId, MessageId, Customer, new string('a', 3999) + "\r\n", Now))
            .Then(new MessagePosted(ConversationId, MessageId, Customer, new string('a', 3999) + "\n", Now));

    [Fact]
    public void A_lone_carriage_return_becomes_a_line_break() =>
        Given(Active).When(new PostMessage(ConversationId, MessageId, Customer, "a\rb", Now))
            .Then(new MessagePosted(ConversationId, MessageId, Customer, "a\nb", Now));

    [Fact]
    public void The_owner_taking_a_pending_conversation_again_changes_nothing() =>
        Given(Pending).When(new AssignConversation(ConversationId, AgentId, "Alice Martin", Agent, Now)).ThenNothing();

    [Fact]
    public void An_agent_without_an_id_cannot_end_a_conversation_nobody_took() =>
        Given(Queued).When(new EndConversation(ConversationId, new Author(AuthorKind.Agent, null, "Ghost"), Now)).ThenRefused("not-answered");

    [Fact]
    public void An_agent_without_an_id_cannot_resolve_a_conversation_nobody_took() =>
        Given(Queued).When(new ResolveConversation(ConversationId, new Author(AuthorKind.Agent, null, "Ghost"), Now)).ThenRefused("not-answered");

    [Fact]
    public void A_read_receipt_cannot_point_at_a_private_note() =>
        Given([.. Active, new PrivateNotePosted(ConversationId, NoteId, Agent, "VIP customer", T0.AddMinutes(3))])
            .When(new MarkRead(ConversationId, Customer, NoteId, Now)).ThenRefused("unknown-message");

    [Fact]
    public void A_rating_comment_of_control_characters_and_spaces_is_stored_as_none() =>
        Given(WrapUp).When(new RateConversation(ConversationId, 5, "\u0007 ", Now))
            .Then(new ConversationRated(ConversationId, 5, null, Now));
}
