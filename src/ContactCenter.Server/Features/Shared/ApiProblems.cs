using ContactCenter.Domain.Common;

namespace ContactCenter.Server.Features.Shared;

/// <summary>
/// The errors the API answers with: RFC 7807 problem details with a stable <c>code</c> that
/// clients switch on, and a sentence that says what to do.
/// </summary>
public static class ApiProblems
{
    public static IResult Refused(string permission) => Results.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Permission required",
        detail: $"Your roles do not grant '{permission}'. Ask an admin if you need it.",
        extensions: new Dictionary<string, object?> { ["code"] = "permission-denied", ["permission"] = permission });

    public static IResult Refused(string code, string detail) => Results.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: detail,
        extensions: new Dictionary<string, object?> { ["code"] = code });

    public static IResult SessionEnded() => Results.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "Session ended",
        detail: "Your session has ended (your access changed or your account was disabled). Sign in again.",
        extensions: new Dictionary<string, object?> { ["code"] = "session-ended" });

    public static IResult Invalid(ValidationErrors errors) => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest, title: "Invalid input", detail: errors.ToString(),
        extensions: new Dictionary<string, object?> { ["code"] = "invalid", ["errors"] = errors.Messages });

    public static IResult NotFound(string what) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"{what} does not exist.",
        extensions: new Dictionary<string, object?> { ["code"] = "not-found" });

    public static IResult Conflict(string code, string detail) => Results.Problem(
        statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail,
        extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>A write that met too many concurrent writers: nothing was stored, sending it again is safe.</summary>
    public static IResult TryAgain(string code, string detail) => new RetryAfter(Results.Problem(
        statusCode: StatusCodes.Status409Conflict, title: "Try again", detail: detail,
        extensions: new Dictionary<string, object?> { ["code"] = code, ["retryable"] = true }));

    private sealed class RetryAfter(IResult problem) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = "1";
            return problem.ExecuteAsync(httpContext);
        }
    }
}
