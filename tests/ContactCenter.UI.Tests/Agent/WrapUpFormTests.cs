using Bunit;
using ContactCenter.Contracts.Desk;
using ContactCenter.Server.Components.Agent.WrapUp;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.UI.Tests.Agent;

public sealed class WrapUpFormTests : MudTestContext
{
    private static readonly ReasonCodeDto[] Codes = [new("answered", "Answered on first contact"), new("refund", "Refund or credit")];

    [Fact]
    public async Task During_the_chat_a_code_and_a_note_are_saved_without_finishing()
    {
        WrapUpChoice? chosen = null;
        var form = Render<WrapUpForm>(p => p.Add(f => f.Codes, Codes).Add(f => f.OnSave, c => chosen = c));
        Assert.Equal(2, form.FindAll("[data-testid^=wrap-up-code-]").Count);
        Assert.Empty(form.FindAll("[data-testid=wrap-up-save-finish]"));
        Assert.True(form.Find("[data-testid=wrap-up-save]").HasAttribute("disabled"));

        await form.Find("[data-testid=wrap-up-code-refund] input").ChangeAsync(new ChangeEventArgs { Value = "on" });
        await form.Find("textarea[data-testid=wrap-up-note], [data-testid=wrap-up-note] textarea").InputAsync(new ChangeEventArgs { Value = "Refund of the late parcel" });
        await form.Find("[data-testid=wrap-up-save]").ClickAsync(new());

        Assert.Equal(new WrapUpChoice("refund", "Refund or credit", "Refund of the late parcel", Finish: false), chosen);
    }

    [Fact]
    public async Task After_the_end_a_note_alone_may_be_saved_and_finish_the_wrap_up()
    {
        WrapUpChoice? chosen = null;
        var form = Render<WrapUpForm>(p => p.Add(f => f.Codes, []).Add(f => f.Ended, true).Add(f => f.OnSave, c => chosen = c));
        Assert.Contains("No wrap-up codes", form.Find("[data-testid=wrap-up-no-codes]").TextContent, StringComparison.Ordinal);
        Assert.True(form.Find("[data-testid=wrap-up-save-finish]").HasAttribute("disabled"));

        await form.Find("textarea[data-testid=wrap-up-note], [data-testid=wrap-up-note] textarea").InputAsync(new ChangeEventArgs { Value = "Call back on Monday" });
        await form.Find("[data-testid=wrap-up-save-finish]").ClickAsync(new());

        Assert.Equal(new WrapUpChoice(null, null, "Call back on Monday", Finish: true), chosen);
    }

    [Fact]
    public async Task A_blank_note_without_a_code_cannot_be_saved()
    {
        var form = Render<WrapUpForm>(p => p.Add(f => f.Codes, Codes));

        await form.Find("textarea[data-testid=wrap-up-note], [data-testid=wrap-up-note] textarea").InputAsync(new ChangeEventArgs { Value = "   " });

        Assert.True(form.Find("[data-testid=wrap-up-save]").HasAttribute("disabled"));
    }
}
