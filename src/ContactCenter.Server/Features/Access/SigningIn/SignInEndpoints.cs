using ContactCenter.Contracts;
using ContactCenter.Contracts.Access;
using ContactCenter.Domain.Common;
using ContactCenter.Server.Features.Access.Authentication;
using ContactCenter.Server.Features.Access.Grants;
using ContactCenter.Server.Features.Agents.Presence;
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
        app.MapPost("/account/logout", async (HttpContext context, SessionPresence presence) =>
        {
            // Offline at once on every screen; the grace period is for reloads, not for leaving.
            await presence.SignedOutAsync(context.User, CancellationToken.None);
            await context.SignOutAsync(AuthSchemes.Cookie);
            return Results.LocalRedirect("/account/login");
        });
        return app;
    }

    private static async Task<IResult> IssueTokenAsync(SignInRequest request, SignInService signIn, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await signIn.SignInAsync(request.UserName, request.Password, From(context), cancellationToken);
        return result.Outcome == SignInOutcome.SignedIn
            ? Results.SignIn(AccessGrants.PrincipalFor(result.User!, AuthSchemes.Bearer), authenticationScheme: AuthSchemes.Bearer)
            : Refusal(result);
    }

    private static async Task<IResult> SignInWithCookieAsync(
        [FromForm] string userName, [FromForm] string password, [FromForm] string? returnUrl,
        SignInService signIn, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await signIn.SignInAsync(userName, password, From(context), cancellationToken);
        if (result.Outcome != SignInOutcome.SignedIn)
        {
            return Results.LocalRedirect($"/account/login?error={Uri.EscapeDataString(result.Message)}&userName={Uri.EscapeDataString(TextLimits.Shorten(userName, TextLimits.UserName))}");
        }

        await context.SignInAsync(AuthSchemes.Cookie, AccessGrants.PrincipalFor(result.User!, AuthSchemes.Cookie));
        return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    private static IResult Refusal(SignInResult result) => Results.Problem(
        statusCode: result.Outcome == SignInOutcome.LockedOut ? StatusCodes.Status423Locked : StatusCodes.Status401Unauthorized,
        title: "Sign-in refused",
        detail: result.Message,
        extensions: new Dictionary<string, object?> { ["code"] = result.Outcome.ToString() });

    // Control characters (a tab, a newline) make LocalRedirect throw; such a return address is ignored.
    private static bool IsLocal(string? url) => url is { Length: > 0 } && url[0] == '/' && !url.Any(char.IsControl) && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    internal static string From(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
