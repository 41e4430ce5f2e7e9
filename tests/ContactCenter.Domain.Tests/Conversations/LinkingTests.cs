using ContactCenter.Domain.Conversations;
using static ContactCenter.Domain.Tests.Conversations.ConversationScenario;

namespace ContactCenter.Domain.Tests.Conversations;

public sealed class LinkingTests
{
    private static readonly Guid KnownId = Guid.Parse("0193a1b2-0000-7000-8000-00000000c010");
    private static readonly Guid OtherKnownId = Guid.Parse("0193a1b2-0000-7000-8000-00000000c011");
    private static readonly Author AgentWithoutId = new(AuthorKind.Agent, null, "Nobody");

    private static LinkCustomer Link(Guid to, Author? by = null) => new(ConversationId, to, by ?? Agent, Now);

    private static ConversationLinkedToCustomer Linked(Guid from, Guid to, Author? by = null) => new(ConversationId, from, to, by ?? Agent, Now);

    private static ConversationHistory? History(params object[] events) =>
        events.Cast<ConversationEvent>().Aggregate((ConversationHistory?)null, ConversationHistory.Evolve);

    [Fact]
    public void Staff_link_a_conversation_to_a_known_profile_and_the_first_profile_is_remembered()
    {
        var state = Given(Active)
            .When(Link(KnownId))
            .Then(Linked(CustomerId, KnownId))
            .State;

        Assert.Equal(KnownId, state.CustomerId);
        Assert.Equal([CustomerId], state.LinkedCustomerIds);
    }

    [Fact]
    public void Linking_to_the_current_customer_is_a_no_op()
    {
        Given(Active).When(Link(CustomerId)).ThenNothing();
        Given([.. Active, Linked(CustomerId, KnownId)]).When(Link(KnownId, OtherAgent)).ThenNothing();
    }

    [Theory]
    [InlineData(nameof(Queued))]
    [InlineData(nameof(Pending))]
    [InlineData(nameof(WrapUp))]
    [InlineData(nameof(Resolved))]
    [InlineData(nameof(Abandoned))]
    public void Linking_is_allowed_in_every_status_even_after_the_chat_ended(string status)
    {
        // Recognising the customer after the chat is common, and an abandoned chat on the right
        // profile is where a callback starts.
        var given = (object[])typeof(ConversationScenario).GetProperty(status)!.GetValue(null)!;

        Given(given).When(Link(KnownId)).Then(Linked(CustomerId, KnownId));
    }

    [Fact]
    public void Customers_and_authors_without_an_id_cannot_link()
    {
        // Tried: the conversation's own customer, an agent author whose id is missing, and the system author.
        Given(Active).When(Link(KnownId, Customer)).ThenRefused("not-participant");
        Given(Active).When(Link(KnownId, AgentWithoutId)).ThenRefused("not-participant");
        Given(Active).When(Link(KnownId, Author.Automatic)).ThenRefused("not-participant");
    }

    [Fact]
    public void A_conversation_that_never_started_cannot_be_linked()
    {
        // Tried: linking an id without a stream.
        Given().When(Link(KnownId)).ThenRefused("not-found");
    }

    [Fact]
    public void The_widget_customer_may_still_write_after_the_chat_was_linked_to_their_known_profile()
    {
        var message = new PostMessage(ConversationId, MessageId, Customer, "Still here", Now);

        Given([.. Active, Linked(CustomerId, KnownId)])
            .When(message)
            .Then(new MessagePosted(ConversationId, MessageId, Customer, "Still here", Now));
    }

    [Fact]
    public void Another_customer_still_cannot_write_in_a_linked_conversation()
    {
        // Tried: a customer who is neither the linked profile nor the profile it came from.
        Given([.. Active, Linked(CustomerId, KnownId)])
            .When(new PostMessage(ConversationId, MessageId, OtherCustomer, "Hello", Now))
            .ThenRefused("not-participant");
    }

    [Fact]
    public void The_profile_a_chat_was_linked_to_does_not_become_a_participant()
    {
        // Tried: the known profile's own widget session writing into a chat someone else started and staff linked to it.
        var linkedTo = new Author(AuthorKind.Customer, KnownId, "Known");

        Given([.. Active, Linked(CustomerId, KnownId)])
            .When(new PostMessage(ConversationId, MessageId, linkedTo, "Hello", Now))
            .ThenRefused("not-participant");
    }

    [Fact]
    public void A_profile_the_chat_passed_through_does_not_become_a_participant()
    {
        // Tried: the profile of a mistaken link, after the chat was linked on again.
        var passedThrough = new Author(AuthorKind.Customer, KnownId, "Known");

        Given([.. Active, Linked(CustomerId, KnownId), Linked(KnownId, OtherKnownId)])
            .When(new PostMessage(ConversationId, MessageId, passedThrough, "Hello", Now))
            .ThenRefused("not-participant");
    }

    [Fact]
    public void The_history_remembers_who_started_the_chat_after_links()
    {
        var history = History([.. Active, Linked(CustomerId, KnownId), Linked(KnownId, OtherKnownId)]);

        Assert.Equal(CustomerId, history!.StartedByCustomerId);
    }

    [Fact]
    public void The_history_follows_the_new_customer_and_lists_the_earlier_profiles_in_order()
    {
        var history = History([.. Active, Linked(CustomerId, KnownId), Linked(KnownId, OtherKnownId)]);

        Assert.Equal(OtherKnownId, history!.CustomerId);
        Assert.Equal([CustomerId, KnownId], history.LinkedCustomerIds);
    }

    [Fact]
    public void Linking_back_to_an_earlier_profile_keeps_each_profile_once_and_the_current_one_out_of_the_list()
    {
        object[] events = [.. Active, Linked(CustomerId, KnownId), Linked(KnownId, CustomerId), Linked(CustomerId, KnownId)];

        var history = History(events)!;
        var state = Fold(events)!;

        Assert.Equal(KnownId, history.CustomerId);
        Assert.Equal([CustomerId], history.LinkedCustomerIds);
        Assert.Equal(KnownId, state.CustomerId);
        Assert.Equal([CustomerId], state.LinkedCustomerIds);
    }

    [Fact]
    public void A_conversation_never_linked_has_no_linked_profiles()
    {
        Assert.Empty(History(Active)!.LinkedCustomerIds);
        Assert.Empty(Fold(Active)!.LinkedCustomerIds);
    }
}
