using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.SigningIn;

namespace ContactCenter.Server.Features.Audit;

public static class AuditContexts
{
    public static AuditContext For(HttpContext context, AccessGrant actor, TimeProvider clock) =>
        new(actor.UserId, actor.UserName, SignInEndpoints.From(context), clock.GetUtcNow());
}
