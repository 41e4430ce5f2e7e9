using ContactCenter.Contracts.Conversations;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using static ContactCenter.Server.Tests.Desk.DeskPeople;
using K = ContactCenter.Contracts.Conversations.ConversationEventKinds;

namespace ContactCenter.Server.Tests.Desk;

/// <summary>Which staff member a step concerns (ActorId) goes to staff, never to the customer. Offers: see <see cref="InboxTests"/>.</summary>
[Collection(DeskServerCollection.Name)]
public sealed class StepActorTests(DeskServerFixture fixture)
{
    private ServerHost Host => fixture.Host;

    [Fact]
    public async Task Staff_learn_which_agent_took_and_read_a_conversation_and_the_customer_only_their_name()
    {
        var session = await Host.StartChatAsync(Unique("Rick Reader"));
        var chat = session.ConversationId!.Value;
        await using var customer = await Host.CustomerHubAsync(session.CustomerToken);
        var customerSees = new StepInbox(customer);
        await using var jamie = await Host.StaffHubAsync("jamie.agent");
        var jamieSees = new StepInbox(jamie);
        var taken = await jamie.InvokeAsync<CommandAck>("Take", chat);
        var messageId = Guid.NewGuid();
        await customer.InvokeAsync<CommandAck>("SendMessage", chat, messageId, "Are my invoices ready?");

        var read = await jamie.InvokeAsync<CommandAck>("MarkRead", chat, messageId);

        var staffAssigned = await jamieSees.VersionAsync(chat, taken.Version);
        var staffRead = await jamieSees.VersionAsync(chat, read.Version);
        Assert.Equal((K.Assigned, JamieId), (staffAssigned.Kind, staffAssigned.ActorId));
        Assert.Equal((K.Read, JamieId, messageId), (staffRead.Kind, staffRead.ActorId, staffRead.ReadUpTo));
        var customerAssigned = await customerSees.VersionAsync(chat, taken.Version);
        var customerRead = await customerSees.VersionAsync(chat, read.Version);
        Assert.Equal((K.Assigned, "Jamie Agent", null), (customerAssigned.Kind, customerAssigned.ActorName, customerAssigned.ActorId));
        Assert.Equal((K.Read, messageId, null), (customerRead.Kind, customerRead.ReadUpTo, customerRead.ActorId));
        var replay = await customer.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        Assert.All([.. customerSees.Received, .. replay], s => Assert.Null(s.ActorId));
    }
}
