using ContactCenter.Contracts.Conversations;
using ContactCenter.Server.Tests.Scenes;
using ContactCenter.Testing;
using ContactCenter.Testing.Scenes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Server.Tests.Collaboration;

/// <summary>Ending a chat one does not own, through the real hubs: who may, what each party sees, and two supervisors at once.</summary>
[Collection(ChatScenes.Name)]
public sealed class SupervisorEndTests(SharedServerFixture fixture)
{
    [Fact]
    public async Task Two_supervisors_end_the_same_chat_one_wins_the_other_is_told_who_did_and_the_customer_may_rate_it()
    {
        // Tried: an agent and a senior agent who do not own it (refused), then a supervisor and an
        // admin at the same moment.
        var scene = await fixture.NewSceneAsync();
        var chat = await scene.AssignedChatAsync(scene.Unique("Erin Ended"));
        var jamieSees = new StepInbox(chat.Agent);
        await using var customer = await scene.Host.CustomerHubAsync(chat.Customer.CustomerToken);
        var customerSees = new StepInbox(customer);
        await customer.InvokeAsync<ConversationEventDto[]>("GetEventsSince", chat.Id, 0L);
        await using var alex = await scene.AgentHubAsync("alex.agent");
        await using var sasha = await scene.AgentHubAsync("sasha.senior");
        await using var sam = await scene.AgentHubAsync("sam.supervisor");
        await using var ada = await scene.AgentHubAsync("ada.admin");

        var byAgent = await Assert.ThrowsAsync<HubException>(() => alex.InvokeAsync<CommandAck>("End", chat.Id));
        var bySenior = await Assert.ThrowsAsync<HubException>(() => sasha.InvokeAsync<CommandAck>("End", chat.Id));
        var samEnds = EndAsync(sam, chat.Id);
        var adaEnds = EndAsync(ada, chat.Id);
        var outcomes = new[] { await samEnds, await adaEnds };

        Assert.Contains("not-participant", byAgent.Message, StringComparison.Ordinal);
        Assert.Contains("not-participant", bySenior.Message, StringComparison.Ordinal);
        var won = Assert.Single(outcomes, o => o.Ack is not null);
        var lost = Assert.Single(outcomes, o => o.Error is not null).Error!;
        var told = await customerSees.VersionAsync(chat.Id, won.Ack!.Version);
        var winner = ((EndedStep)told.Payload).ByName;
        Assert.Contains("already-ended", lost.Message, StringComparison.Ordinal);
        Assert.Contains(winner, lost.Message, StringComparison.Ordinal);
        Assert.Equal(ConversationStatusDto.WrapUp, told.Status);
        Assert.Equal(told.Payload, (await jamieSees.VersionAsync(chat.Id, won.Ack.Version)).Payload);
        Assert.Equal(chat.Version + 1, won.Ack.Version);

        // The customer is offered the rating, and it counts for the owner.
        var rated = await customer.InvokeAsync<CommandAck>("Rate", chat.Id, 5, "Quick help");
        await jamieSees.VersionAsync(chat.Id, rated.Version);
        Assert.Single(customerSees.Received, s => s.ConversationId == chat.Id && s.Version == won.Ack.Version);
        Assert.Single(jamieSees.Received, s => s.ConversationId == chat.Id && s.Version == won.Ack.Version);
        await chat.Agent.DisposeAsync();
    }

    private static async Task<(CommandAck? Ack, HubException? Error)> EndAsync(HubConnection staff, Guid chat)
    {
        try
        {
            return (await staff.InvokeAsync<CommandAck>("End", chat), null);
        }
        catch (HubException e)
        {
            return (null, e);
        }
    }
}
