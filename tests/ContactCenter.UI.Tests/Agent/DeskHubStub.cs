using ContactCenter.Contracts;
using ContactCenter.Contracts.Agents;
using ContactCenter.Contracts.Desk;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using static ContactCenter.UI.Tests.Agent.DeskRows;

namespace ContactCenter.UI.Tests.Agent;

/// <summary>
/// An agent hub on a real loopback port answering what the desk reads at start, so the desk's own
/// typed client and state fill the page as they do in the product: a ready agent with one chat
/// channel, a VIP label, and the inbox given.
/// </summary>
internal static class DeskHubStub
{
    public static async Task<WebApplication> StartAsync(InboxItemDto[] inbox)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSignalR();
        builder.Services.AddSingleton(inbox);
        var app = builder.Build();
        app.MapHub<AgentHubStub>(ApiRoutes.AgentHub);
        await app.StartAsync();
        return app;
    }

#pragma warning disable CA1822 // Hub methods are instance methods: SignalR does not call static ones.
    private sealed class AgentHubStub(InboxItemDto[] inbox) : Hub
    {
        public ReasonCodeDto[] GetReasonCodes() => [new("lunch", "Lunch"), new("training", "Training")];

        public LabelDto[] GetLabels() => [new("vip", "VIP", "#e53935")];

        public CustomerFieldDto[] GetCustomerFields() => [];

        public InboxItemDto[] GetInbox() => inbox;

        public AgentPresenceDto GetMyPresence() => new(Me, "Ready", null, Now, [new ChannelStateDto("Chat", true, 3)], 1);
    }
#pragma warning restore CA1822
}
