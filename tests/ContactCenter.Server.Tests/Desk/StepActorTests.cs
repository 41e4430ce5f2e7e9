using System.Text.Json;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using static ContactCenter.Server.Tests.Desk.DeskPeople;

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
        Assert.Equal(new AssignedStep(JamieId, "Jamie Agent"), staffAssigned.Payload);
        Assert.Equal(new ReadStep(AuthorKindDto.Agent, "Jamie Agent", messageId, JamieId), staffRead.Payload);
        var customerAssigned = await customerSees.VersionAsync(chat, taken.Version);
        var customerRead = await customerSees.VersionAsync(chat, read.Version);
        Assert.Equal(new AssignedStep(AgentId: null, "Jamie Agent"), customerAssigned.Payload);
        Assert.Equal(new ReadStep(AuthorKindDto.Agent, "Jamie Agent", messageId, ReaderId: null), customerRead.Payload);
        var replay = await customer.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat, 0L);
        // No staff id reaches the customer in any field of any step, pushed or replayed.
        Assert.DoesNotContain(JamieId.ToString(), JsonSerializer.Serialize<ConversationEventDto[]>([.. customerSees.Received, .. replay]), StringComparison.OrdinalIgnoreCase);
    }
}
