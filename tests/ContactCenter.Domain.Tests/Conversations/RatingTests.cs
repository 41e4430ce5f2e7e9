using ContactCenter.Domain.Conversations;
using static ContactCenter.Domain.Tests.Conversations.ConversationScenario;

namespace ContactCenter.Domain.Tests.Conversations;

public sealed class RatingTests
{
    private static RateConversation Rate(int rating, string? comment = null) => new(ConversationId, rating, comment, Now);

    private static ConversationRated Rated(int rating, string? comment = null) => new(ConversationId, rating, comment, Now);

    private static object[] LeftAfterAnswer => [.. Active, new CustomerLeft(ConversationId, CustomerId, false, T0.AddMinutes(5))];

    public static TheoryData<object[]> EndedAfterAnswer => new() { WrapUp, Resolved, LeftAfterAnswer };

    public static TheoryData<object[]> NotEnded => new() { Queued, Active, Pending };

    [Theory]
    [MemberData(nameof(EndedAfterAnswer))]
    public void Customer_can_rate_an_answered_conversation_once_it_ended(object[] given)
    {
        var state = Given(given)
            .When(Rate(4, "Quick and kind"))
            .Then(Rated(4, "Quick and kind"))
            .State;

        Assert.True(state.Rated);
    }

    [Theory]
    [MemberData(nameof(NotEnded))]
    public void A_conversation_that_has_not_ended_cannot_be_rated(object[] given)
    {
        Given(given)
            .When(Rate(5))
            .ThenRefused("not-ended");
    }

    [Fact]
    public void A_conversation_abandoned_in_the_queue_cannot_be_rated()
    {
        Given(Abandoned)
            .When(Rate(1))
            .ThenRefused("not-ended");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Ratings_from_1_to_5_are_accepted(int rating)
    {
        Given(WrapUp)
            .When(Rate(rating))
            .Then(Rated(rating));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void Ratings_outside_1_to_5_are_refused(int rating)
    {
        Given(WrapUp)
            .When(Rate(rating))
            .ThenRefused("invalid-rating");
    }

    [Fact]
    public void A_conversation_is_rated_only_once()
    {
        Given([.. WrapUp, Rated(5)])
            .When(Rate(1, "Changed my mind"))
            .ThenRefused("already-rated");
    }

    [Fact]
    public void Comment_of_exactly_the_maximum_length_is_kept_whole()
    {
        var comment = new string('x', Conversation.MaxCommentLength);

        Given(WrapUp)
            .When(Rate(5, comment))
            .Then(Rated(5, comment));
    }

    [Fact]
    public void Comment_one_character_over_the_maximum_is_refused()
    {
        Given(WrapUp)
            .When(Rate(5, new string('x', Conversation.MaxCommentLength + 1)))
            .ThenRefused("comment-too-long");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t ")]
    public void Missing_or_whitespace_comment_is_stored_as_null(string? comment)
    {
        Given(WrapUp)
            .When(Rate(3, comment))
            .Then(Rated(3, null));
    }

    [Fact]
    public void Comment_is_cleaned_like_a_message()
    {
        Given(WrapUp)
            .When(Rate(2, "Slow\u0007\r\nbut polite"))
            .Then(Rated(2, "Slow\nbut polite"));
    }
}
