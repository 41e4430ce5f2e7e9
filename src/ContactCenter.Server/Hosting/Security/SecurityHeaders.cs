namespace ContactCenter.Server.Hosting.Security;

/// <summary>
/// Headers every answer carries: a content security policy for the staff pages (the widget sets its
/// own, stricter one), no MIME sniffing, no full addresses in referrers, and no caching of API
/// answers, which hold customer data and must not stay in a shared browser's or proxy's cache.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Blazor Server needs its own scripts and a WebSocket to this origin ('self' covers ws/wss of it);
    /// MudBlazor sets inline styles, so styles allow 'unsafe-inline' (scripts do not).
    /// </summary>
    public const string StaffPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = ReferrerPolicy;
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                headers.ContentSecurityPolicy = StaffPolicy;
            }

            if (context.Request.Path.StartsWithSegments("/api"))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    });
}
