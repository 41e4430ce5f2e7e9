using System.Net.Mail;
using System.Security.Claims;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Common;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Customers;
using ContactCenter.Domain.Queues;
using ContactCenter.Server.Features.Access.Authentication;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;
using ContactCenter.Server.Hosting.Limits;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;

namespace ContactCenter.Server.Features.Conversations.Widget;

/// <summary>
/// The widget's REST side: start a chat (anonymous, or as the returning customer this browser's
/// token names) and read the current session. Chatting itself goes through the customer hub.
/// </summary>
public static class WidgetEndpoints
{
    public const int MaxNameLength = 100;

    public static IEndpointRouteBuilder MapWidget(this IEndpointRouteBuilder app)
    {
        var widget = app.MapGroup(ApiRoutes.WidgetChats).WithTags("Widget");
        widget.MapPost("", StartAsync).AllowAnonymous().RequireRateLimiting(RateLimits.ChatStarts).WithSummary("Starts a chat, or returns the open one of a returning customer.");
        widget.MapGet("/current", CurrentAsync).RequireAuthorization(p => p.AddAuthenticationSchemes(AuthSchemes.Customer).RequireClaim(ContactCenterClaims.CustomerId));
        return app;
    }

    /// <summary>
    /// The widget page at /widget/ (also framed by embed.js on customers' sites). Its policy allows
    /// only its own scripts and styles: even markup that slipped into the page could not run. It talks
    /// only to its own origin ('self' includes the WebSocket of that origin), never to another host.
    /// </summary>
    public static IApplicationBuilder UseWidgetPage(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/widget"))
            {
                context.Response.Headers.ContentSecurityPolicy =
                    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors *; base-uri 'none'; form-action 'self'";
                context.Response.Headers.XContentTypeOptions = "nosniff";
            }

            await next();
        });
        app.MapFallbackToFile("/widget/{*path:nonfile}", "widget/index.html");
        return app;
    }

    private static async Task<IResult> StartAsync(
        StartChatRequest request, HttpContext http, IDocumentSession session, ConversationHandler handler,
        IOptionsMonitor<BearerTokenOptions> tokens, TimeProvider clock, CancellationToken cancellationToken)
    {
        var name = PlainName.Clean(request.Name ?? "");
        var errors = ValidationErrors.Of(
        [
            name.Length is 0 or > MaxNameLength ? $"Please give a name of 1 to {MaxNameLength} characters." : null,
            TextLimits.TooLong(request.Email, TextLimits.Email, "An email address"),
            !string.IsNullOrWhiteSpace(request.Email) && !MailAddress.TryCreate(request.Email.Trim(), out _) ? "That email address does not look right." : null,
        ]);
        if (!errors.IsValid)
        {
            return ApiProblems.Invalid(errors);
        }

        var queue = await session.LoadAsync<Queue>(request.QueueId, cancellationToken);
        if (queue is null)
        {
            return ApiProblems.NotFound($"Queue '{request.QueueId}'");
        }

        var now = clock.GetUtcNow();
        var customer = await ReturningCustomerAsync(http, session, cancellationToken);
        if (customer is null)
        {
            customer = new Customer { Id = Guid.CreateVersion7(), Name = name, Email = request.Email?.Trim(), CreatedAt = now };
            session.Insert(customer);
            await session.SaveChangesAsync(cancellationToken);
        }

        var open = await OpenConversationAsync(session, customer.Id, cancellationToken);
        if (open is null)
        {
            // A disabled queue takes no new conversations; one already open in it carries on.
            if (queue.Disabled)
            {
                return ApiProblems.Conflict("queue-disabled", $"Queue '{queue.Name}' is not taking new conversations; choose another queue.");
            }

            open = Guid.CreateVersion7();
            var started = await handler.ExecuteAsync(new StartConversation(open.Value, customer.Id, request.QueueId, "web-chat", now), cancellationToken);
            if (started.Error is { } error)
            {
                return error.ToProblem();
            }
        }

        return Results.Ok(new CustomerSession(TokenFor(customer, tokens, now), customer.Id, customer.Name, open));
    }

    private static async Task<IResult> CurrentAsync(HttpContext http, IDocumentSession session, IOptionsMonitor<BearerTokenOptions> tokens, TimeProvider clock, CancellationToken cancellationToken)
    {
        var customer = await ReturningCustomerAsync(http, session, cancellationToken);
        return customer is null
            ? ApiProblems.NotFound("This customer")
            : Results.Ok(new CustomerSession(TokenFor(customer, tokens, clock.GetUtcNow()), customer.Id, customer.Name, await OpenConversationAsync(session, customer.Id, cancellationToken)));
    }

    private static async Task<Customer?> ReturningCustomerAsync(HttpContext http, IQuerySession session, CancellationToken cancellationToken)
    {
        var result = await http.AuthenticateAsync(AuthSchemes.Customer);
        return result.Succeeded && Guid.TryParse(result.Principal.FindFirstValue(ContactCenterClaims.CustomerId), out var id)
            ? await session.LoadAsync<Customer>(id, cancellationToken)
            : null;
    }

    // The conversation the widget should show: a live one, or one just ended that may still be rated;
    // only one this customer started (staff may have linked it to another profile since); never one
    // started by someone else and linked to this profile.
    private static async Task<Guid?> OpenConversationAsync(IQuerySession session, Guid customerId, CancellationToken cancellationToken)
    {
        var latest = await session.Query<ConversationHistory>().Where(c => c.StartedByCustomerId == customerId)
            .OrderByDescending(c => c.StartedAt).FirstOrDefaultAsync(cancellationToken);
        return latest is not null && ConversationAccess.Open.Contains(latest.Status) ? latest.Id : null;
    }

    private static string TokenFor(Customer customer, IOptionsMonitor<BearerTokenOptions> tokens, DateTimeOffset now)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ContactCenterClaims.CustomerId, customer.Id.ToString()), new Claim(ContactCenterClaims.UserName, customer.Name)],
            AuthSchemes.Customer, ContactCenterClaims.UserName, null));
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + AccessSetup.CustomerTokenLifetime };
        return tokens.Get(AuthSchemes.Customer).BearerTokenProtector.Protect(new AuthenticationTicket(principal, properties, AuthSchemes.Customer));
    }
}
