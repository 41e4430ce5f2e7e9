using ContactCenter.Contracts.Conversations;
using ContactCenter.Server.Components.Agent;

namespace ContactCenter.UI.Tests.Agent;

/// <summary>What the conversation pane derives from the steps it follows: bubbles, unread and "Seen".</summary>
public sealed class TranscriptTests
{
    private static readonly Guid Chat = Guid.NewGuid();
    private long _version;

    private ConversationEventDto Step(StepPayload payload) => new(Chat, ++_version, DateTimeOffset.UnixEpoch, ConversationStatusDto.Active, payload);

    private static MessageDto From(AuthorKindDto author, string text) => new(Guid.NewGuid(), author, author.ToString(), text);

    [Fact]
    public void Unread_counts_the_customers_messages_after_the_last_one_staff_read()
    {
        var transcript = new Transcript();
        var first = From(AuthorKindDto.Customer, "Hello");
        transcript.Add(Step(new MessageStep(first)));
        transcript.Add(Step(new ReadStep(AuthorKindDto.Agent, "Alex", first.Id, null)));
        transcript.Add(Step(new MessageStep(From(AuthorKindDto.Agent, "Hi"))));
        transcript.Add(Step(new NoteStep(From(AuthorKindDto.Agent, "VIP"))));
        transcript.Add(Step(new MessageStep(From(AuthorKindDto.Customer, "Order 42"))));
        var last = From(AuthorKindDto.Customer, "Any news?");
        transcript.Add(Step(new MessageStep(last)));

        Assert.Equal((2, last.Id), (transcript.Unread, transcript.LastCustomerMessageId));
    }

    [Fact]
    public void With_nothing_read_every_customer_message_is_unread()
    {
        var transcript = new Transcript();
        transcript.Add(Step(new MessageStep(From(AuthorKindDto.Customer, "One"))));
        transcript.Add(Step(new MessageStep(From(AuthorKindDto.Customer, "Two"))));

        Assert.Equal(2, transcript.Unread);
    }

    [Fact]
    public void Seen_follows_the_customers_reads_not_the_staffs()
    {
        var transcript = new Transcript();
        var answer = From(AuthorKindDto.Agent, "It left today");
        var later = From(AuthorKindDto.Agent, "Tracking: 123");
        transcript.Add(Step(new MessageStep(answer)));
        transcript.Add(Step(new ReadStep(AuthorKindDto.Customer, "Nora", answer.Id, null)));
        transcript.Add(Step(new MessageStep(later)));
        transcript.Add(Step(new ReadStep(AuthorKindDto.Agent, "Alex", later.Id, null)));

        Assert.Equal(answer.Id, transcript.ReadByCustomerUpTo);
    }

    [Fact]
    public void Messages_and_notes_are_bubbles_and_other_steps_are_not()
    {
        var message = From(AuthorKindDto.Customer, "Hello");
        var note = From(AuthorKindDto.Agent, "VIP");

        Assert.Equal(message, Transcript.Post(Step(new MessageStep(message))));
        Assert.Equal(note, Transcript.Post(Step(new NoteStep(note))));
        Assert.Null(Transcript.Post(Step(new EndedStep("Alex"))));
        Assert.Null(Transcript.Post(Step(new HiddenStep())));
    }
}
