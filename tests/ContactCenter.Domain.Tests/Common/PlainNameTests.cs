using ContactCenter.Domain.Common;

namespace ContactCenter.Domain.Tests.Common;

public sealed class PlainNameTests
{
    [Theory]
    [InlineData("Bob\u202Enimda", "Bobnimda")] // right-to-left override
    [InlineData("\u202AAnn\u202C", "Ann")] // left-to-right embedding and its pop
    [InlineData("\u2066Eve\u2069", "Eve")] // isolates
    [InlineData("Zo\u200Be\u200D\u200E\u200F", "Zoe")] // zero-width space, joiner, marks
    [InlineData("\uFEFFMia", "Mia")] // byte order mark
    [InlineData(" Li\tNa\n ", "LiNa")] // controls
    public void Names_lose_the_characters_that_reorder_or_hide_text(string written, string stored) =>
        Assert.Equal(stored, PlainName.Clean(written));

    [Theory]
    [InlineData("Ana María")]
    [InlineData("محمد")]
    [InlineData("李小龍")]
    [InlineData("Anne-Marie O'Neil")]
    public void Ordinary_names_of_any_script_are_kept(string name) =>
        Assert.Equal(name, PlainName.Clean(name));

    [Theory]
    [InlineData("invoice\u202Etxt.exe", "invoice[U+202E]txt.exe")]
    [InlineData("a\u200Bb\u2066c\u2069", "a[U+200B]b[U+2066]c[U+2069]")]
    [InlineData("line one\nline two\tend", "line one\nline two\tend")]
    [InlineData("family \U0001F468\u200D\U0001F469\u200D\U0001F467", "family \U0001F468\u200D\U0001F469\u200D\U0001F467")]
    [InlineData("مرحبا hello", "مرحبا hello")]
    public void Message_text_is_shown_with_its_disguising_characters_as_visible_codes(string stored, string shown) =>
        Assert.Equal(shown, ContactCenter.Domain.Conversations.MessageText.Shown(stored));

    [Fact]
    public void Limits_report_length_without_repeating_the_value()
    {
        var problem = TextLimits.TooLong(new string('x', 5000), TextLimits.LabelName, "A label's name");

        Assert.Equal($"A label's name holds at most {TextLimits.LabelName} characters; this one has 5000.", problem);
        Assert.Null(TextLimits.TooLong("short", TextLimits.LabelName, "A label's name"));
    }
}
