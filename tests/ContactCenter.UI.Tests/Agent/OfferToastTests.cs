using ContactCenter.Contracts.Conversations;
using Bunit;
using ContactCenter.Server.Components.Agent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static ContactCenter.UI.Tests.Agent.DeskRows;

namespace ContactCenter.UI.Tests.Agent;

public sealed class OfferToastTests : MudTestContext
{
    private readonly FakeTimeProvider _clock = new(Now);

    public OfferToastTests() => Services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public void Counts_down_on_the_server_set_expiry_and_disables_the_answers_when_time_is_up()
    {
        var offer = Row("Olga", status: ConversationStatusDto.Offered, offeredTo: Me, offerExpires: Now.AddSeconds(20));
        var toast = Render<OfferToast>(p => p.Add(t => t.Offer, offer));
        Assert.Equal("20 s", toast.Find("[data-testid=offer-countdown]").TextContent);

        _clock.Advance(TimeSpan.FromSeconds(6));
        toast.WaitForAssertion(() => Assert.Equal("14 s", toast.Find("[data-testid=offer-countdown]").TextContent));
        Assert.False(toast.Find("[data-testid=offer-accept]").HasAttribute("disabled"));

        _clock.Advance(TimeSpan.FromSeconds(14));
        toast.WaitForAssertion(() => Assert.Equal("0 s", toast.Find("[data-testid=offer-countdown]").TextContent));
        Assert.True(toast.Find("[data-testid=offer-accept]").HasAttribute("disabled"));
        Assert.True(toast.Find("[data-testid=offer-reject]").HasAttribute("disabled"));
    }

    [Fact]
    public void Accept_and_reject_answer_for_the_offered_conversation()
    {
        var offer = Row("Olga", status: ConversationStatusDto.Offered, offeredTo: Me, offerExpires: Now.AddSeconds(20));
        var answers = new List<(string, Guid)>();
        var toast = Render<OfferToast>(p => p.Add(t => t.Offer, offer)
            .Add(t => t.OnAccept, id => answers.Add(("accept", id)))
            .Add(t => t.OnReject, id => answers.Add(("reject", id))));

        toast.Find("[data-testid=offer-accept]").Click();
        toast.Find("[data-testid=offer-reject]").Click();

        Assert.Equal([("accept", offer.Id), ("reject", offer.Id)], answers);
        Assert.Contains("Olga", toast.Markup, StringComparison.Ordinal);
        Assert.Contains("Support", toast.Markup, StringComparison.Ordinal);
    }
}
