using ContactCenter.Contracts;

namespace ContactCenter.Server.Features.Access.Authentication;

/// <summary>
/// A browser sends the session cookie with requests another site makes it send (a form post, a
/// WebSocket). So a request that would be signed in by the cookie, and that changes state under
/// /api, opens the agent hub, or signs out, must come from a page of this server: its Origin (or,
/// without one, Sec-Fetch-Site) must say so, else 403. Bearer-token callers (API clients, the
/// desk's own loopback hub connection, the widget) carry no ambient credential and are not checked;
/// neither are requests without any browser header, which no other site can make a browser send.
/// </summary>
public static class SameOriginGuard
{
    public static IApplicationBuilder UseSameOriginGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (NeedsCheck(context) && !IsSameOrigin(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Cross-origin request refused",
                detail: "This request came from another site's page with your session cookie; nothing was changed. Use the desk itself, or an API token.",
                extensions: new Dictionary<string, object?> { ["code"] = "cross-origin" }).ExecuteAsync(context);
            return;
        }

        await next(context);
    });

    private static bool NeedsCheck(HttpContext context)
    {
        var request = context.Request;
        if (!request.Cookies.ContainsKey(AccessSetup.CookieName) || AccessSetup.SelectScheme(context) != AuthSchemes.Cookie)
        {
            return false;
        }

        var changesState = !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method);
        return request.Path.StartsWithSegments(ApiRoutes.AgentHub)
            || (changesState && (request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/account/logout")));
    }

    private static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            // Compared by host and port: behind a proxy the scheme seen here may differ from the browser's.
            return Uri.TryCreate(origin, UriKind.Absolute, out var from)
                && string.Equals(from.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase)
                && (request.Host.Port is not { } port || from.Port == port);
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        return site.Length == 0 || site is "same-origin" or "none";
    }
}
