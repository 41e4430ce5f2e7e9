using ContactCenter.Domain.Conversations;
using static ContactCenter.Domain.Tests.Conversations.ConversationScenario;

namespace ContactCenter.Domain.Tests.Conversations;

public sealed class PrivateNoteTests
{
    private static PostPrivateNote Note(Author author, string text = "Customer asked for a refund before.") =>
        new(ConversationId, NoteId, author, text, Now);

    private static PrivateNotePosted Noted(Author author, string text = "Customer asked for a refund before.") =>
        new(ConversationId, NoteId, author, text, Now);

    [Fact]
    public void Owner_can_post_a_private_note()
    {
        Given(Active)
            .When(Note(Agent))
            .Then(Noted(Agent));
    }

    [Fact]
    public void Customer_cannot_post_a_private_note()
    {
        Given(Active)
            .When(Note(Customer))
            .ThenRefused("not-participant");
    }

    [Fact]
    public void The_system_cannot_post_a_private_note()
    {
        Given(Active)
            .When(Note(Author.Automatic))
            .ThenRefused("not-participant");
    }

    [Fact]
    public void Private_note_text_follows_the_message_rules()
    {
        Given(Active).When(Note(Agent, " ")).ThenRefused("empty-message");
        Given(Active).When(Note(Agent, new string('x', MessageText.MaxLength + 1))).ThenRefused("message-too-long");
        Given(Active).When(Note(Agent, "VIP\u0007\r\nbe kind")).Then(Noted(Agent, "VIP\nbe kind"));
    }

    [Fact]
    public void Retried_note_id_is_a_no_op()
    {
        Given([.. Active, Noted(Agent)])
            .When(Note(Agent))
            .ThenNothing();
    }

    [Fact]
    public void A_private_note_leaves_the_status_as_it_is()
    {
        var state = Given(Pending).When(Note(Agent)).Then(Noted(Agent)).State;

        Assert.Equal(ConversationStatus.Pending, state.Status);
        Assert.Contains(NoteId, state.PostIds);
    }
}
