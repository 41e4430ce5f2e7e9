using ContactCenter.Domain.Access;
using ContactCenter.Server.Components.Agent;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

namespace ContactCenter.Server.Components.Layout;

/// <summary>
/// The frame of every signed-in page. For staff who chat, it starts the circuit's desk connection
/// once the circuit is interactive (never while prerendering: docs/realtime.md, rule 11), so the state
/// switcher and offer alerts work on every page.
/// </summary>
public partial class MainLayout
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "The desk's hub connection could not start")]
    private static partial void LogDeskUnavailable(ILogger logger, Exception exception);

    /// <summary>What MudButton renders for a text button in the app bar's colour.</summary>
    public const string NavButton = "mud-button-root mud-button mud-button-text mud-button-text-inherit mud-button-text-size-medium mud-ripple";

    /// <summary>What MudIconButton renders for an icon button in the app bar's colour.</summary>
    public const string IconButton = "mud-button-root mud-icon-button mud-inherit-text hover:mud-inherit-hover mud-ripple mud-ripple-icon";

    private bool _dark;
    private bool _deskStarted;

    [Inject] private DeskState Desk { get; set; } = null!;
    [Inject] private IJSRuntime Js { get; set; } = null!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = null!;
    [Inject] private IAuthorizationService Authorization { get; set; } = null!;
    [Inject] private ILogger<MainLayout> Logger { get; set; } = null!;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _dark = await Js.InvokeAsync<string?>("ccDesk.pref", "dark") == "true";
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        if ((await Authorization.AuthorizeAsync(user, $"perm:{Permissions.ConversationsReply}")).Succeeded)
        {
            try
            {
                await Desk.StartAsync();
                _deskStarted = true;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The desk pages say so to the user; every other page works without it.
                LogDeskUnavailable(Logger, e);
            }
        }

        StateHasChanged();
    }

    private async Task ToggleDarkAsync()
    {
        _dark = !_dark;
        await Js.InvokeVoidAsync("ccDesk.setPref", "dark", _dark ? "true" : "false");
    }
}
