using Bunit;
using Bunit.TestDoubles;
using MudBlazor.Services;

namespace ContactCenter.UI.Tests;

/// <summary>The one bUnit base: MudBlazor's services, with its JavaScript calls answered loosely.</summary>
public abstract class MudTestContext : BunitContext, IAsyncLifetime
{
    // Patience, not a speed check: on two busy cores, with test classes running side by side, a
    // render can take longer than bUnit's default second to reach the dispatcher.
    static MudTestContext() => DefaultWaitTimeout = TimeSpan.FromSeconds(10);

    protected MudTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        // Pages hide controls with AuthorizeView; a test signs a user in through Authorization.
        Authorization = AddAuthorization();
    }

    protected BunitAuthorizationContext Authorization { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services dispose only asynchronously, and xunit v2 disposes test classes
    // synchronously unless they are IAsyncLifetime; the later Dispose call is then a no-op.
    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}
