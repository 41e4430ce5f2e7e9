using Microsoft.AspNetCore.Components;

namespace ContactCenter.Server.Components.Agent.Transfers;

/// <summary>A transfer offered to this agent, counting down on the clock the server set for it.</summary>
public partial class TransferToast
{
    [Parameter, EditorRequired] public TransferOffer Offer { get; set; } = null!;
    [Parameter] public EventCallback<Guid> OnReject { get; set; }

    protected override DateTimeOffset? ExpiresAt => Offer.ExpiresAt;
}
