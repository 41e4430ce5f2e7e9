using ContactCenter.Domain.Common;
using ContactCenter.Domain.Conversations;
using ContactCenter.Domain.Customers;
using ContactCenter.Domain.Queues;
using ContactCenter.Server.Features.Conversations;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Integrations;

/// <summary>
/// POST /api/inbound/messages: a message from an external channel (email, social, an integrator's
/// own), authenticated by an API key. The channel's customer id maps to one customer profile;
/// the message joins that customer's open conversation in the queue, or starts one.
/// </summary>
public static class InboundEndpoint
{
    public const string Route = "/api/inbound/messages";

    public static IEndpointRouteBuilder MapInbound(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, ReceiveAsync).AllowAnonymous().WithTags("Integrations")
            .WithSummary("Posts a customer's message from an external channel; send X-Api-Key.");
        return app;
    }

    private static async Task<IResult> ReceiveAsync(
        InboundMessage message, HttpContext http, IDocumentSession session, ConversationHandler handler, TimeProvider clock, CancellationToken cancellationToken)
    {
        var key = await ApiKeys.FindAsync(session, http.Request.Headers[ApiKeys.Header], cancellationToken);
        if (key is null)
        {
            return Results.Problem(statusCode: 401, title: "API key required", detail: $"Send a valid, unrevoked key in the {ApiKeys.Header} header.",
                extensions: new Dictionary<string, object?> { ["code"] = "invalid-api-key" });
        }

        message = message with { CustomerName = PlainName.Clean(message.CustomerName), ExternalCustomerId = message.ExternalCustomerId };
        if (string.IsNullOrWhiteSpace(message.ExternalCustomerId) || string.IsNullOrWhiteSpace(message.CustomerName))
        {
            return ApiProblems.Invalid(ValidationErrors.Of(["An inbound message needs the customer's id in your channel and their name."]));
        }

        if (ValidationErrors.Of(
            [
                TextLimits.TooLong(message.ExternalCustomerId, TextLimits.ExternalId, "The customer's id in your channel"),
                TextLimits.TooLong(message.CustomerName, TextLimits.PersonName, "A customer's name"),
                TextLimits.TooLong(message.CustomerEmail, TextLimits.Email, "An email address"),
            ]) is { IsValid: false } tooLong)
        {
            return ApiProblems.Invalid(tooLong);
        }

        var queue = await session.LoadAsync<Queue>(message.QueueId, cancellationToken);
        if (queue is null)
        {
            return ApiProblems.NotFound($"Queue '{message.QueueId}'");
        }

        var now = clock.GetUtcNow();
        var customerId = await CustomerOfAsync(session, key.ChannelId, message, now, cancellationToken);
        var conversationId = await session.Query<ConversationHistory>()
            // One they started (staff may have linked it to another profile); never one linked to them.
            .Where(c => c.StartedByCustomerId == customerId && c.QueueId == message.QueueId && ConversationAccess.Open.Contains(c.Status))
            .Select(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        if (conversationId == Guid.Empty)
        {
            // A disabled queue takes no new conversations; one already open in it carries on.
            if (queue.Disabled)
            {
                return ApiProblems.Conflict("queue-disabled", $"Queue '{queue.Name}' is not taking new conversations; choose another queue.");
            }

            conversationId = Guid.CreateVersion7();
            await handler.ExecuteAsync(new StartConversation(conversationId, customerId, message.QueueId, key.ChannelId, now), cancellationToken);
        }

        var author = new Author(AuthorKind.Customer, customerId, message.CustomerName);
        var posted = await handler.ExecuteAsync(new PostMessage(conversationId, message.MessageId ?? Guid.CreateVersion7(), author, message.Text ?? "", now), cancellationToken);
        return posted.Ack(conversationId).Ok();
    }

    private static async Task<Guid> CustomerOfAsync(IDocumentSession session, string channelId, InboundMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var identityId = ExternalIdentity.IdFor(channelId, message.ExternalCustomerId);
        if (await session.LoadAsync<ExternalIdentity>(identityId, cancellationToken) is { } known)
        {
            return known.CustomerId;
        }

        var customer = new Customer { Id = Guid.CreateVersion7(), Name = message.CustomerName, Email = message.CustomerEmail, CreatedAt = now };
        session.Insert(customer);
        session.Insert(new ExternalIdentity(identityId, customer.Id));
        await session.SaveChangesAsync(cancellationToken);
        return customer.Id;
    }
}

/// <summary>A customer's message from an external channel.</summary>
public sealed record InboundMessage(string ExternalCustomerId, string CustomerName, string? CustomerEmail, string QueueId, string? Text, Guid? MessageId);
