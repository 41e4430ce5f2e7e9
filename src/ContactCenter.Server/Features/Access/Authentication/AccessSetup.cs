using ContactCenter.Contracts;
using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Access.DataProtection;
using ContactCenter.Server.Features.Access.Grants;
using ContactCenter.Server.Features.Access.SigningIn;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace ContactCenter.Server.Features.Access.Authentication;

/// <summary>Sign-in for browsers (cookie) and for API clients and hubs (short-lived bearer tokens).</summary>
public static class AccessSetup
{
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);

    public const string CookieName = "contactcenter";

    /// <summary>A browser session's sliding life: renewed while used, ended after this long idle.</summary>
    public static readonly TimeSpan CookieLifetime = TimeSpan.FromHours(10);

    /// <summary>A returning customer on the same browser is recognised for this long.</summary>
    public static readonly TimeSpan CustomerTokenLifetime = TimeSpan.FromDays(30);

    public static IServiceCollection AddContactCenterAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDataProtection().SetApplicationName("ContactCenter");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IDocumentStore>((options, store) => options.XmlRepository = new MartenXmlRepository(store));

        services.AddAuthentication(AuthSchemes.Default)
            .AddPolicyScheme(AuthSchemes.Default, "Cookie or bearer", options => options.ForwardDefaultSelector = SelectScheme)
            .AddCookie(AuthSchemes.Cookie, options =>
            {
                options.LoginPath = "/account/login";
                options.AccessDeniedPath = "/account/denied";
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = CookieLifetime;
                options.Events.OnValidatePrincipal = RejectEndedSessionAsync;
                options.Events.OnRedirectToLogin = context => AnswerAsync(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => AnswerAsync(context, StatusCodes.Status403Forbidden);
            })
            .AddBearerToken(AuthSchemes.Bearer, options =>
            {
                options.BearerTokenExpiration = TokenLifetime;
                // Browsers' WebSockets cannot set headers: hubs take the token from the query string.
                options.Events.OnMessageReceived = context =>
                {
                    if (context.Request.Path.StartsWithSegments("/hubs") && context.Request.Query["access_token"] is [{ } token, ..])
                    {
                        context.Token = token;
                    }

                    return Task.CompletedTask;
                };
            });

        services.AddAuthentication().AddBearerToken(AuthSchemes.Customer, options =>
        {
            options.BearerTokenExpiration = CustomerTokenLifetime;
            options.Events.OnMessageReceived = context =>
            {
                if (context.Request.Path.StartsWithSegments(ApiRoutes.CustomerHub) && context.Request.Query["access_token"] is [{ } token, ..])
                {
                    context.Token = token;
                }

                return Task.CompletedTask;
            };
        });

        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, RevalidatingGrantStateProvider>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, RefusalResultHandler>();
        services.AddScoped<RequestGrant>();
        services.AddScoped<IClaimsTransformation, GrantClaimsTransformation>();
        services.AddSingleton<AccessGrants>();
        services.AddSingleton(configuration.GetSection("ContactCenter:Access:Lockout").Get<LockoutPolicy>() ?? LockoutPolicy.Default);
        services.AddScoped<SignInService>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<CircuitTokens>();
        return services;
    }

    internal static string SelectScheme(HttpContext context) =>
        context.Request.Path.StartsWithSegments(ApiRoutes.CustomerHub) || context.Request.Path.StartsWithSegments("/api/widget")
            ? AuthSchemes.Customer
        : context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        || (context.Request.Path.StartsWithSegments("/hubs") && context.Request.Query.ContainsKey("access_token"))
            ? AuthSchemes.Bearer
            : AuthSchemes.Cookie;

    // A cookie whose session ended (signed out, disabled, access changed) is rejected and removed
    // here, before the cookie handler could renew it. The grant found is kept for the request, so
    // the claims transformation does not look it up again.
    private static async Task RejectEndedSessionAsync(Microsoft.AspNetCore.Authentication.Cookies.CookieValidatePrincipalContext context)
    {
        var current = context.HttpContext.RequestServices.GetRequiredService<RequestGrant>();
        current.Grant ??= await context.HttpContext.RequestServices.GetRequiredService<AccessGrants>()
            .ForPrincipalAsync(context.Principal!, context.HttpContext.RequestAborted);
        if (current.Grant is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AuthSchemes.Cookie);
        }
    }

    // API and hub callers get a status code; browsers on pages get the redirect.
    private static Task AnswerAsync(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
