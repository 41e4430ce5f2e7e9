using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace ContactCenter.Server.Features.Shared.Input;

/// <summary>The answers to input the server cannot read: 400 problems that say what was wrong, without internals.</summary>
internal static class InputProblems
{
    public static IResult Invalid(string problem, int statusCode = StatusCodes.Status400BadRequest) => Results.Problem(
        statusCode: statusCode, title: "Invalid input", detail: problem,
        extensions: new Dictionary<string, object?> { ["code"] = "invalid", ["errors"] = new[] { problem } });

    /// <summary>
    /// What a request that could not be bound says: the JSON reader's own sentence names the path and
    /// position ("$.queueId"), which is what a client needs; nothing of the server's insides.
    /// </summary>
    public static string Explain(BadHttpRequestException unreadable) => unreadable.InnerException switch
    {
        JsonException json => $"The request body could not be read: {json.Message}",
        _ => unreadable.Message,
    };
}

/// <summary>
/// Turns a request the framework could not bind (bad JSON, a null where a value type is needed, a
/// missing form field) into a 400 problem. Other failures are left to the error page, which never
/// shows a stack trace outside Development.
/// </summary>
internal sealed class UnreadableRequestHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException unreadable || httpContext.Response.HasStarted)
        {
            return false;
        }

        await InputProblems.Invalid(InputProblems.Explain(unreadable), unreadable.StatusCode).ExecuteAsync(httpContext);
        return true;
    }
}
