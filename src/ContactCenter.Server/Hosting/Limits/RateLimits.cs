using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using ContactCenter.Server.Features.Access.Authentication;
using Microsoft.Extensions.Options;

namespace ContactCenter.Server.Hosting.Limits;

/// <summary>
/// Request limits: anonymous chat starts per source address (the policy <see cref="ChatStarts"/>), and
/// every REST write of a signed-in staff member per user. Refusals are 429 with Retry-After and a problem body.
/// </summary>
public static class RateLimits
{
    public const string ChatStarts = "chat-starts";

    public static IServiceCollection AddContactCenterRateLimits(this IServiceCollection services)
    {
        services.AddOptions<LimitOptions>().BindConfiguration(LimitOptions.Section)
            .Validate(o => o.FailedSignInsPerMinute > 0 && o.ChatStartsPerMinute > 0 && o.StaffWritesPerMinute > 0 && o.HubMessageBurst > 0
                && o.HubMessageInterval > TimeSpan.Zero && o.ConnectionsPerCustomer > 0 && o.ConnectionsPerStaffMember > 0, "ContactCenter:Limits values must be positive.")
            .ValidateOnStart();
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(ChatStarts, context => RateLimitPartition.GetFixedWindowLimiter(
                SourceOf(context), _ => PerMinute(Limits(context).ChatStartsPerMinute)));
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsStaffWrite(context, out var userId)
                    ? RateLimitPartition.GetFixedWindowLimiter($"staff:{userId}", _ => PerMinute(Limits(context).StaffWritesPerMinute))
                    : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = (rejected, _) => RefuseAsync(rejected.HttpContext, rejected.Lease, "Too many requests from you in a short time; wait and try again. Nothing was changed.");
        });
        return services;
    }

    /// <summary>A 429 with Retry-After (seconds) and a problem body saying what to do.</summary>
    public static ValueTask RefuseAsync(HttpContext context, RateLimitLease lease, string detail)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : LimitOptions.Window;
        return new ValueTask(Refusal(context, retryAfter, detail).ExecuteAsync(context));
    }

    public static IResult Refusal(HttpContext context, TimeSpan retryAfter, string detail)
    {
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests", detail: detail,
            extensions: new Dictionary<string, object?> { ["code"] = "rate-limited" });
    }

    public static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = permits,
        Window = LimitOptions.Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    public static string SourceOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static LimitOptions Limits(HttpContext context) => context.RequestServices.GetRequiredService<IOptions<LimitOptions>>().Value;

    private static bool IsStaffWrite(HttpContext context, out string userId)
    {
        userId = context.User.FindFirstValue(ContactCenterClaims.UserId) ?? "";
        return userId.Length > 0
            && context.Request.Path.StartsWithSegments("/api")
            && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method);
    }
}
