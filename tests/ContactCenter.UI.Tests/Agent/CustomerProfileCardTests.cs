using Bunit;
using ContactCenter.Contracts.Customers;
using ContactCenter.Contracts.Desk;
using ContactCenter.Server.Components.Agent;

namespace ContactCenter.UI.Tests.Agent;

/// <summary>The server masks before sending; the panel must show what it got and never offer to edit a masked value.</summary>
public sealed class CustomerProfileCardTests : MudTestContext
{
    private static readonly CustomerFieldDto[] Fields =
    [
        new("plan", "Plan", "Choice", IsPii: false, Required: false, ["free", "pro"]),
        new("company", "Company", "Text", IsPii: false, Required: false, []),
        new("account-number", "Account number", "Text", IsPii: true, Required: false, []),
    ];

    private static readonly CustomerDto AsAgentSeesIt = new(Guid.NewGuid(), "Amara Okafor", "a***@example.com", "+44 *** *** 789",
        new Dictionary<string, string> { ["plan"] = "pro", ["company"] = "Okafor Logistics", ["account-number"] = "****5678" }, Masked: true);

    private static readonly CustomerDto AsSeniorSeesIt = AsAgentSeesIt with
    {
        Email = "amara@example.com",
        Phone = "+44 20 7946 0789",
        Masked = false,
        Fields = new Dictionary<string, string> { ["plan"] = "pro", ["company"] = "Okafor Logistics", ["account-number"] = "12345678" },
    };

    [Fact]
    public void An_agent_sees_masked_contact_data_and_a_note_saying_so()
    {
        var card = RenderCard(AsAgentSeesIt);

        Assert.Equal("a***@example.com", card.Find("[data-testid=profile-email]").TextContent);
        Assert.Equal("****5678", card.Find("[data-testid=profile-field-account-number]").TextContent);
        Assert.Equal("pro", card.Find("[data-testid=profile-field-plan]").TextContent);
        Assert.Contains("masked for your role", card.Find("[data-testid=masked-badge]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("amara@example.com", card.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_senior_agent_sees_everything_in_clear_without_the_masked_note()
    {
        var card = RenderCard(AsSeniorSeesIt);

        Assert.Equal("amara@example.com", card.Find("[data-testid=profile-email]").TextContent);
        Assert.Equal("12345678", card.Find("[data-testid=profile-field-account-number]").TextContent);
        Assert.Empty(card.FindAll("[data-testid=masked-badge]"));
        Assert.Equal("false", card.Find("[data-testid=customer-profile]").GetAttribute("data-masked"));
    }

    [Fact]
    public void Editing_a_masked_profile_locks_contact_data_and_pii_fields_but_not_the_rest()
    {
        var card = RenderCard(AsAgentSeesIt);
        card.Find("[data-testid=edit-profile]").Click();

        Assert.True(Input(card, "edit-email").HasAttribute("disabled"));
        Assert.True(Input(card, "edit-phone").HasAttribute("disabled"));
        Assert.True(Input(card, "edit-field-account-number").HasAttribute("disabled"));
        Assert.False(Input(card, "edit-field-company").HasAttribute("disabled"));
        Assert.False(Input(card, "edit-name").HasAttribute("disabled"));
    }

    [Fact]
    public void Saving_sends_the_changed_values_and_hands_masked_ones_back_untouched()
    {
        CustomerRequest? sent = null;
        var card = RenderCard(AsAgentSeesIt, request =>
        {
            sent = request;
            return Task.FromResult(true);
        });
        card.Find("[data-testid=edit-profile]").Click();
        Input(card, "edit-field-company").Input("Okafor Freight");
        card.Find("[data-testid=save-profile]").Click();

        Assert.NotNull(sent);
        Assert.Equal("Okafor Freight", sent.Fields!["company"]);
        Assert.Equal("pro", sent.Fields["plan"]);
        Assert.Equal("****5678", sent.Fields["account-number"]);
        Assert.Equal("a***@example.com", sent.Email);
        Assert.Empty(card.FindAll("[data-testid=save-profile]"));
    }

    [Fact]
    public void A_refused_save_keeps_the_form_open_with_what_was_typed()
    {
        var card = RenderCard(AsSeniorSeesIt, _ => Task.FromResult(false));
        card.Find("[data-testid=edit-profile]").Click();
        Input(card, "edit-name").Input("Amara O.");
        card.Find("[data-testid=save-profile]").Click();

        Assert.Equal("Amara O.", Input(card, "edit-name").GetAttribute("value"));
    }

    // MudBlazor puts a field's attributes on its input element.
    private static AngleSharp.Dom.IElement Input(IRenderedComponent<CustomerProfileCard> card, string testId) =>
        card.Find($"input[data-testid={testId}], [data-testid={testId}] input");

    private IRenderedComponent<CustomerProfileCard> RenderCard(CustomerDto customer, Func<CustomerRequest, Task<bool>>? save = null) =>
        Render<CustomerProfileCard>(p => p.Add(c => c.Customer, customer).Add(c => c.Fields, Fields).Add(c => c.Editable, true)
            .Add(c => c.OnSave, save ?? (_ => Task.FromResult(true))));
}
