using ContactCenter.Domain.Access;
using ContactCenter.Server.Features.Access.Grants;
using ContactCenter.Server.Features.Audit;
using Marten;

namespace ContactCenter.Server.Features.Shared;

/// <summary>
/// What every changing endpoint needs: the request's session (one unit of work), the acting
/// user's grant, and the audit context the change is recorded under.
/// </summary>
public sealed class ChangeContext(IDocumentSession session, RequestGrant grant, IHttpContextAccessor http, TimeProvider clock)
{
    public IDocumentSession Session { get; } = session;
    public AccessGrant Actor => grant.Required;
    public AuditContext Audit => AuditContexts.For(http.HttpContext!, Actor, clock);
}
