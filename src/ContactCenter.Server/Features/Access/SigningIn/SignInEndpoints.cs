using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Domain.Common;
using ContactCenter.Server.Features.Access.Authentication;
using ContactCenter.Server.Features.Access.Grants;
using ContactCenter.Server.Features.Agents.Presence;
using ContactCenter.Server.Hosting.Limits;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Server.Features.Access.SigningIn;

/// <summary>
/// POST /api/auth/token for API clients and hubs (a bearer token valid 15 minutes);
/// POST /account/login and /account/logout for the browser's cookie.
/// </summary>
public static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost(ApiRoutes.Token, IssueTokenAsync)
            .WithTags("Access").WithName("SignIn")
            .WithSummary("Exchanges a user name and password for a bearer token.")
            .AllowAnonymous();
        app.MapPost("/account/login", SignInWithCookieAsync).AllowAnonymous();
        app.MapPost("/account/logout", async (HttpContext context, IDocumentStore store, TimeProvider clock, SessionPresence presence) =>
        {
            // Server-side first: a copy of this cookie must stop working, not only the browser's own.
            await SessionRevocation.RevokeAsync(store, context.User, clock, context.RequestAborted);
            // Offline at once on every screen; the grace period is for reloads, not for leaving.
            await presence.SignedOutAsync(context.User, CancellationToken.None);
            await context.SignOutAsync(AuthSchemes.Cookie);
            return Results.LocalRedirect("/account/login");
        });
        return app;
    }

    private static async Task<IResult> IssueTokenAsync(SignInRequest request, SignInService signIn, SignInThrottle throttle, HttpContext context, CancellationToken cancellationToken)
    {
        using var turn = await throttle.TakeTurnAsync(From(context), cancellationToken);
        if (turn.Refused() is { } wait)
        {
            return RateLimits.Refusal(context, wait, TooManyFailures);
        }

        var result = await signIn.SignInAsync(request.UserName, request.Password, From(context), cancellationToken);
        if (result.Outcome != SignInOutcome.SignedIn)
        {
            turn.Failed();
            return Refusal(result);
        }

        return Results.SignIn(AccessGrants.PrincipalFor(result.User!, AuthSchemes.Bearer), authenticationScheme: AuthSchemes.Bearer);
    }

    private static async Task<IResult> SignInWithCookieAsync(
        [FromForm] string userName, [FromForm] string password, [FromForm] string? returnUrl,
        SignInService signIn, SignInThrottle throttle, HttpContext context, CancellationToken cancellationToken)
    {
        using var turn = await throttle.TakeTurnAsync(From(context), cancellationToken);
        if (turn.Refused() is { } wait)
        {
            return RateLimits.Refusal(context, wait, TooManyFailures);
        }

        var result = await signIn.SignInAsync(userName, password, From(context), cancellationToken);
        if (result.Outcome != SignInOutcome.SignedIn)
        {
            turn.Failed();
            return Results.LocalRedirect($"/account/login?error={Uri.EscapeDataString(result.Message)}&userName={Uri.EscapeDataString(TextLimits.Shorten(userName, TextLimits.UserName))}");
        }

        await context.SignInAsync(AuthSchemes.Cookie, AccessGrants.PrincipalFor(result.User!, AuthSchemes.Cookie, Guid.CreateVersion7()));
        return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    // One answer for every refusal (unknown name, wrong password, locked, disabled): a different one
    // would tell a stranger which user names exist. The audit log keeps the real reason for admins.
    private static IResult Refusal(SignInResult result) => Results.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "Sign-in refused",
        detail: result.Message,
        extensions: new Dictionary<string, object?> { ["code"] = "sign-in-refused" });

    private const string TooManyFailures = "Too many failed sign-ins from your address; wait a minute and try again.";

    // Control characters (a tab, a newline) make LocalRedirect throw; such a return address is ignored.
    private static bool IsLocal(string? url) => url is { Length: > 0 } && url[0] == '/' && !url.Any(char.IsControl) && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    internal static string From(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
