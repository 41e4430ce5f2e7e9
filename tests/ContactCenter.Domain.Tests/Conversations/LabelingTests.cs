using ContactCenter.Domain.Conversations;
using static ContactCenter.Domain.Tests.Conversations.ConversationScenario;

namespace ContactCenter.Domain.Tests.Conversations;

public sealed class LabelingTests
{
    private static readonly Author AgentWithoutId = new(AuthorKind.Agent, null, "Nobody");

    private static AddLabel Add(string labelId, Author? by = null) => new(ConversationId, labelId, by ?? Agent, Now);

    private static RemoveLabel Remove(string labelId, Author? by = null) => new(ConversationId, labelId, by ?? Agent, Now);

    private static ConversationLabeled Labeled(string labelId, Author? by = null) => new(ConversationId, labelId, by ?? Agent, Now);

    private static ConversationUnlabeled Unlabeled(string labelId, Author? by = null) => new(ConversationId, labelId, by ?? Agent, Now);

    private static ConversationHistory? History(params object[] events) =>
        events.Cast<ConversationEvent>().Aggregate((ConversationHistory?)null, ConversationHistory.Evolve);

    [Fact]
    public void Agent_labels_a_conversation()
    {
        var state = Given(Active)
            .When(Add("billing"))
            .Then(Labeled("billing"))
            .State;

        Assert.Equal(["billing"], state.Labels);
    }

    [Fact]
    public void A_queue_colleague_who_does_not_own_the_conversation_may_label_it()
    {
        Given(Active)
            .When(Add("vip", OtherAgent))
            .Then(Labeled("vip", OtherAgent));
    }

    [Fact]
    public void Labeling_twice_with_the_same_label_is_a_no_op()
    {
        Given([.. Active, Labeled("billing")])
            .When(Add("billing", OtherAgent))
            .ThenNothing();
    }

    [Fact]
    public void Agent_removes_a_label_that_is_on_the_conversation()
    {
        var state = Given([.. Active, Labeled("billing"), Labeled("vip")])
            .When(Remove("billing"))
            .Then(Unlabeled("billing"))
            .State;

        Assert.Equal(["vip"], state.Labels);
    }

    [Fact]
    public void Removing_a_label_that_is_not_on_the_conversation_is_a_no_op()
    {
        Given([.. Active, Labeled("vip")])
            .When(Remove("billing"))
            .ThenNothing();
    }

    [Fact]
    public void Removing_a_label_already_removed_is_a_no_op()
    {
        Given([.. Active, Labeled("billing"), Unlabeled("billing")])
            .When(Remove("billing"))
            .ThenNothing();
    }

    [Fact]
    public void A_removed_label_may_be_put_back_and_goes_last()
    {
        var state = Given([.. Active, Labeled("billing"), Labeled("vip"), Unlabeled("billing")])
            .When(Add("billing"))
            .Then(Labeled("billing"))
            .State;

        Assert.Equal(["vip", "billing"], state.Labels);
    }

    [Fact]
    public void Customer_cannot_label_or_unlabel_their_conversation()
    {
        // Tried: the conversation's own customer, on a conversation that holds the label to remove.
        Given(Active).When(Add("billing", Customer)).ThenRefused("not-participant");
        Given([.. Active, Labeled("billing")]).When(Remove("billing", Customer)).ThenRefused("not-participant");
    }

    [Fact]
    public void An_author_without_an_id_cannot_label_or_unlabel()
    {
        // Tried: an agent author whose id is missing, and the system author (which has none).
        Given(Active).When(Add("billing", AgentWithoutId)).ThenRefused("not-participant");
        Given(Active).When(Add("billing", Author.Automatic)).ThenRefused("not-participant");
        Given([.. Active, Labeled("billing")]).When(Remove("billing", AgentWithoutId)).ThenRefused("not-participant");
        Given([.. Active, Labeled("billing")]).When(Remove("billing", Author.Automatic)).ThenRefused("not-participant");
    }

    [Fact]
    public void A_conversation_that_never_started_cannot_be_labeled()
    {
        // Tried: labeling and unlabeling an id without a stream.
        Given().When(Add("billing")).ThenRefused("not-found");
        Given().When(Remove("billing")).ThenRefused("not-found");
    }

    [Fact]
    public void The_history_keeps_labels_in_the_order_they_were_put_on()
    {
        var history = History([.. Active, Labeled("vip"), Labeled("billing"), Labeled("bug")]);

        Assert.Equal(["vip", "billing", "bug"], history!.Labels);
    }

    [Fact]
    public void The_history_drops_a_removed_label_and_keeps_the_others_in_order()
    {
        var history = History([.. Active, Labeled("vip"), Labeled("billing"), Labeled("bug"), Unlabeled("billing")]);

        Assert.Equal(["vip", "bug"], history!.Labels);
    }

    [Fact]
    public void The_history_of_a_conversation_without_labels_has_none()
    {
        Assert.Empty(History(Active)!.Labels);
        Assert.Empty(History([.. Active, Labeled("vip"), Unlabeled("vip")])!.Labels);
    }
}
