using ContactCenter.Domain.Conversations;
using static ContactCenter.Domain.Tests.Conversations.ConversationScenario;

namespace ContactCenter.Domain.Tests.Conversations;

public sealed class MessageTextTests
{
    private static PostMessage Post(string text, Author? author = null) => new(ConversationId, MessageId, author ?? Customer, text, Now);

    private static MessagePosted Posted(string text, Author? author = null) => new(ConversationId, MessageId, author ?? Customer, text, Now);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("   \t ")]
    [InlineData("\n\r\n")]
    public void Empty_or_whitespace_message_is_refused(string text)
    {
        Given(Active)
            .When(Post(text))
            .ThenRefused("empty-message");
    }

    [Fact]
    public void Empty_message_from_the_owner_is_refused_too()
    {
        Given(Active)
            .When(Post(" ", Agent))
            .ThenRefused("empty-message");
    }

    [Fact]
    public void Message_of_exactly_the_maximum_length_is_accepted_whole()
    {
        var text = new string('x', MessageText.MaxLength);

        Given(Active)
            .When(Post(text))
            .Then(Posted(text));
    }

    [Fact]
    public void Message_one_character_over_the_maximum_is_refused_as_too_long()
    {
        Given(Active)
            .When(Post(new string('x', MessageText.MaxLength + 1)))
            .ThenRefused("message-too-long");
    }

    [Fact]
    public void Too_long_message_from_the_owner_is_refused_too()
    {
        Given(Active)
            .When(Post(new string('x', MessageText.MaxLength + 1), Agent))
            .ThenRefused("message-too-long");
    }

    [Fact]
    public void Too_long_message_error_says_the_limit_and_the_length()
    {
        var error = MessageText.Check(new string('x', 4321));

        Assert.NotNull(error);
        Assert.Contains("4000", error.Message, StringComparison.Ordinal);
        Assert.Contains("4321", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a\u0000b", "ab")]
    [InlineData("bell\u0007 here", "bell here")]
    [InlineData("\u001b[31mred\u001b[0m", "[31mred[0m")]
    [InlineData("delete\u007f", "delete")]
    [InlineData("next\u0085line", "nextline")]
    public void Control_characters_are_stripped(string typed, string stored)
    {
        Given(Active)
            .When(Post(typed))
            .Then(Posted(stored));
    }

    [Fact]
    public void Line_breaks_and_tabs_are_kept()
    {
        Given(Active)
            .When(Post("Order:\n\t1. shoes\n\t2. socks"))
            .Then(Posted("Order:\n\t1. shoes\n\t2. socks"));
    }

    [Fact]
    public void Windows_line_breaks_are_normalised_to_line_feeds()
    {
        Given(Active)
            .When(Post("first line\r\nsecond line\r\n"))
            .Then(Posted("first line\nsecond line\n"));
    }

    [Fact]
    public void Text_is_otherwise_stored_as_typed_with_markup_and_outer_spaces()
    {
        Given(Active)
            .When(Post("  <b>héllo</b> 👋  "))
            .Then(Posted("  <b>héllo</b> 👋  "));
    }

    [Fact]
    public void Agent_messages_are_cleaned_the_same_way()
    {
        Given(Active)
            .When(Post("Done\u0007\r\nBye\t!", Agent))
            .Then(Posted("Done\nBye\t!", Agent));
    }
}
