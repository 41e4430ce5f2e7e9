namespace ContactCenter.Server.Features.Shared;

/// <summary>
/// The version a client read, sent back as If-Match (the ETag of its GET). Absent or "*": the
/// client names none. Anything else that is not one of our ETags is refused, so a typo never turns
/// into an unchecked write.
/// </summary>
public readonly record struct IfMatch(Guid? Version, IResult? Error)
{
    public static IfMatch Read(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return new IfMatch(null, null);
        }

        var tag = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return Guid.TryParse(tag.Trim('"'), out var version)
            ? new IfMatch(version, null)
            : new IfMatch(null, ApiProblems.Invalid(new(["If-Match must be the ETag of the document's GET, such as \"3f2b…\"; read it again."])));
    }

    public static string Tag(Guid version) => $"\"{version}\"";
}

/// <summary>An answer that carries the document's version as its ETag.</summary>
public sealed class ETagged(IResult inner, Guid version) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.ETag = IfMatch.Tag(version);
        return inner.ExecuteAsync(httpContext);
    }
}
