using Bunit;
using ContactCenter.Domain.Queues;
using ContactCenter.Domain.Teams;
using ContactCenter.Server.Components.Admin.Queues;
using ContactCenter.Server.Features.Queues.Settings;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ContactCenter.UI.Tests.Admin;

/// <summary>The queue form: what is wrong shows next to its field and nothing is sent; read-only leaves nothing to change.</summary>
public sealed class QueueFormTests : MudTestContext
{
    private static readonly QueueCandidate Jamie = new(Guid.NewGuid(), "jamie.agent", "Jamie Agent");

    private static readonly QueueChoices Choices = new(
        [new Channel { Id = "web-chat", Name = "Web chat", Kind = ChannelKind.Chat }],
        [new Team { Id = "night", Name = "Night shift", MemberIds = [] }],
        [new Queue { Id = "sales", Name = "Sales", ChannelId = "web-chat" }, new Queue { Id = "support", Name = "Support", ChannelId = "web-chat" }],
        [Jamie]);

    private int _saves;

    private IRenderedComponent<QueueForm> RenderForm(QueueFormModel model, bool readOnly = false, bool isNew = true, string? conflict = null)
    {
        Render<MudPopoverProvider>();
        return Render<QueueForm>(p => p
            .Add(f => f.Model, model)
            .Add(f => f.Choices, Choices)
            .Add(f => f.ReadOnly, readOnly)
            .Add(f => f.IsNew, isNew)
            .Add(f => f.Conflict, conflict)
            .Add(f => f.OnSave, EventCallback.Factory.Create(this, () => _saves++)));
    }

    [Fact]
    public void Invalid_fields_say_what_is_wrong_next_to_themselves_and_nothing_is_saved()
    {
        var model = new QueueFormModel { Id = "Billing Team", Name = " ", ChannelId = "web-chat", OfferTimeoutSeconds = 2, Overflows = true, OverflowQueueId = null };
        var form = RenderForm(model);

        form.Find("[data-testid=queue-save]").Click();

        Assert.Equal(0, _saves);
        Assert.Contains("Use lowercase letters, digits and dashes", Field(form, "queue-id"), StringComparison.Ordinal);
        Assert.Contains("Give the queue a name.", Field(form, "queue-name"), StringComparison.Ordinal);
        Assert.Contains("Give agents at least 5 seconds to accept.", Field(form, "queue-offer-timeout"), StringComparison.Ordinal);
        Assert.Contains("Choose where conversations go after the maximum wait.", Field(form, "queue-overflow"), StringComparison.Ordinal);
        Assert.DoesNotContain("Use", Field(form, "queue-sla"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_form_is_saved_as_the_queue_the_admin_typed()
    {
        var model = new QueueFormModel { ChannelId = "web-chat", TeamIds = ["night"], AgentIds = [Jamie.Id] };
        var form = RenderForm(model);

        form.Find("input[data-testid=queue-id]").Change("billing");
        form.Find("input[data-testid=queue-name]").Change("Billing");
        form.Find("input[data-testid=queue-offer-timeout]").Change("30");
        form.Find("input[data-testid=queue-skills]").Change("german, billing");
        // MudBlazor's inputs apply a change on the dispatcher, not within Change itself.
        form.WaitForAssertion(() => Assert.Equal(("billing", "Billing", 30, "german, billing"), (model.Id, model.Name, model.OfferTimeoutSeconds, model.RequiredSkills)));
        form.Find("[data-testid=queue-save]").Click();

        form.WaitForAssertion(() => Assert.Equal(1, _saves));
        var queue = model.ToQueue();
        Assert.Equal(("billing", "Billing", TimeSpan.FromSeconds(30), (TimeSpan?)null), (queue.Id, queue.Name, queue.OfferTimeout, queue.MaxWait));
        Assert.Equal(["german", "billing"], queue.RequiredSkills);
        Assert.Equal(["night"], queue.MemberTeamIds);
        Assert.True(queue.Validate().IsValid, queue.Validate().ToString());
        Assert.Contains("Jamie Agent", Field(form, "queue-agents"), StringComparison.Ordinal);
        Assert.Contains("Night shift", Field(form, "queue-teams"), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_only_disables_every_input_and_offers_no_save()
    {
        var form = RenderForm(QueueFormModel.From(Choices.Queues[0], []), readOnly: true, isNew: false);

        Assert.Empty(form.FindAll("[data-testid=queue-save]"));
        Assert.All(form.FindAll("input"), input => Assert.True(input.HasAttribute("disabled") || input.HasAttribute("readonly"), input.OuterHtml));
        Assert.Equal("true", form.Find("[data-testid=queue-form]").GetAttribute("data-readonly"));
    }

    [Fact]
    public void A_conflict_is_shown_with_what_changed_and_a_way_to_reload()
    {
        var form = RenderForm(QueueFormModel.From(Choices.Queues[0], []), isNew: false, conflict: "ada.admin changed queue 'sales' since you read it: offer timeout: 20 s → 45 s.");

        Assert.Contains("offer timeout: 20 s → 45 s", form.Find("[data-testid=queue-conflict]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(form.Find("[data-testid=queue-reload]"));
    }

    // A field as the admin sees it: its label, helper or error text, and what its input shows.
    private static string Field(IRenderedComponent<QueueForm> form, string testId)
    {
        var element = form.Find($"[data-testid={testId}]");
        var control = element.Closest(".mud-input-control") ?? element;
        return control.TextContent + string.Join(" ", control.QuerySelectorAll("input").Select(i => i.GetAttribute("value")));
    }
}
