using Microsoft.AspNetCore.Components;

namespace ContactCenter.Server.Components.Agent.Conference;

/// <summary>An invitation to join a chat as a guest, counting down on the clock the server set for it.</summary>
public partial class InvitationToast
{
    [Parameter, EditorRequired] public Invitation Invitation { get; set; } = null!;
    [Parameter] public EventCallback<Guid> OnDecline { get; set; }

    protected override DateTimeOffset? ExpiresAt => Invitation.ExpiresAt;
}
