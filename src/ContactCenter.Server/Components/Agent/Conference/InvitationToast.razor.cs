using Microsoft.AspNetCore.Components;

namespace ContactCenter.Server.Components.Agent.Conference;

/// <summary>Counts down on the clock the server set for the invitation; an accept after it is refused by the server.</summary>
public partial class InvitationToast : IDisposable
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);
    private ITimer? _timer;

    [Inject] private TimeProvider Clock { get; set; } = null!;

    [Parameter, EditorRequired] public Invitation Invitation { get; set; } = null!;
    [Parameter] public EventCallback<Guid> OnAccept { get; set; }
    [Parameter] public EventCallback<Guid> OnDecline { get; set; }

    private TimeSpan Remaining => Invitation.ExpiresAt - Clock.GetUtcNow() is { } left && left > TimeSpan.Zero ? left : TimeSpan.Zero;

    private int SecondsLeft => (int)Math.Ceiling(Remaining.TotalSeconds);

    private bool Expired => Remaining == TimeSpan.Zero;

    protected override void OnInitialized() => _timer = Clock.CreateTimer(_ => _ = InvokeAsync(StateHasChanged), null, Tick, Tick);

    public void Dispose()
    {
        _timer?.Dispose();
        GC.SuppressFinalize(this);
    }
}
