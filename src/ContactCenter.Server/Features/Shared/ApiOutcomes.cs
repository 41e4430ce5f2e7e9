using ContactCenter.Domain.Common;

namespace ContactCenter.Server.Features.Shared;

/// <summary>
/// The REST answer of a use case: 200 with its value, or the refusal as a problem whose status
/// follows the rule's kind (never its code), with the <c>code</c> clients switch on.
/// </summary>
public static class ApiOutcomes
{
    public static async Task<IResult> OkAsync<T>(this Task<Outcome<T>> outcome) => (await outcome).Ok();

    public static IResult Ok<T>(this Outcome<T> outcome) => outcome.Error is { } error ? error.ToProblem() : Results.Ok(outcome.Value);

    public static IResult ToProblem(this RuleViolation violation) => violation.Kind switch
    {
        ViolationKind.NotFound => Problem(violation, StatusCodes.Status404NotFound, "Not found"),
        ViolationKind.Forbidden => Problem(violation, StatusCodes.Status403Forbidden, "Not allowed"),
        ViolationKind.Invalid => Problem(violation, StatusCodes.Status400BadRequest, "Invalid input"),
        ViolationKind.Conflict => Problem(violation, StatusCodes.Status409Conflict, "Not possible now"),
        ViolationKind.Stale => Problem(violation, StatusCodes.Status412PreconditionFailed, "Changed since you read it"),
        ViolationKind.Busy => ApiProblems.TryAgain(violation.Code, violation.Message),
        _ => throw new ArgumentOutOfRangeException(nameof(violation), violation.Kind, "A kind of refusal without an HTTP answer."),
    };

    private static IResult Problem(RuleViolation violation, int status, string title)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = violation.Code };
        if (violation.Errors.Count > 0)
        {
            extensions["errors"] = violation.Errors;
        }

        return Results.Problem(statusCode: status, title: title, detail: violation.Message, extensions: extensions);
    }
}
