using System.Security.Cryptography;
using System.Text;
using ContactCenter.Domain.Access;
using ContactCenter.Domain.Audit;
using ContactCenter.Server.Features.Access.Authorization;
using ContactCenter.Server.Features.Audit;
using ContactCenter.Server.Features.Shared;
using Marten;

namespace ContactCenter.Server.Features.Integrations;

/// <summary>
/// Owners manage API keys (for inbound channels) and webhook subscriptions. Secrets are shown once,
/// at creation; keys are stored hashed.
/// </summary>
public static class IntegrationEndpoints
{
    public const string Route = "/api/integrations";

    public static IEndpointRouteBuilder MapIntegrations(this IEndpointRouteBuilder app)
    {
        var integrations = app.MapGroup(Route).WithTags("Integrations").RequirePermission(Permissions.AccountManage);
        integrations.MapPost("/api-keys", CreateKeyAsync);
        integrations.MapGet("/api-keys", async (IQuerySession s, CancellationToken ct) =>
            (await s.Query<ApiKey>().ToListAsync(ct)).Select(k => new { k.Id, k.Name, k.ChannelId, k.Prefix, k.CreatedAt, k.Revoked }));
        integrations.MapDelete("/api-keys/{id:guid}", RevokeKeyAsync);
        integrations.MapPost("/webhooks", CreateWebhookAsync);
        integrations.MapGet("/webhooks", async (IQuerySession s, CancellationToken ct) =>
            (await s.Query<WebhookSubscription>().ToListAsync(ct)).Select(w => new { w.Id, w.Url, w.CreatedAt, w.Active }));
        integrations.MapGet("/webhooks/{id:guid}/deliveries", async (Guid id, IQuerySession s, CancellationToken ct) =>
            await s.Query<WebhookDelivery>().Where(d => d.SubscriptionId == id).OrderByDescending(d => d.CreatedAt).Take(100).ToListAsync(ct));
        integrations.MapDelete("/webhooks/{id:guid}", RemoveWebhookAsync);
        return app;
    }

    private static async Task<IResult> CreateKeyAsync(NewApiKey request, ChangeContext change, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || string.IsNullOrWhiteSpace(request.ChannelId))
        {
            return ApiProblems.Invalid(Domain.Common.ValidationErrors.Of(["An API key needs a name and the channel id it posts as."]));
        }

        var secret = "cck_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var key = new ApiKey(Guid.CreateVersion7(), request.Name.Trim(), request.ChannelId.Trim(), ApiKeys.PrefixOf(secret), ApiKeys.Hash(secret), clock.GetUtcNow());
        change.Session.Insert(key);
        change.Session.Record(change.Audit, AuditActions.SettingsChanged, $"api-key:{key.Name}", $"created for channel {key.ChannelId}");
        await change.Session.SaveChangesAsync(cancellationToken);
        return Results.Ok(new { key.Id, key.Name, key.ChannelId, Key = secret });
    }

    private static async Task<IResult> RevokeKeyAsync(Guid id, ChangeContext change, CancellationToken cancellationToken)
    {
        var key = await change.Session.LoadAsync<ApiKey>(id, cancellationToken);
        if (key is null)
        {
            return ApiProblems.NotFound($"API key {id}");
        }

        change.Session.Store(key with { Revoked = true });
        change.Session.Record(change.Audit, AuditActions.SettingsChanged, $"api-key:{key.Name}", "revoked");
        await change.Session.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> CreateWebhookAsync(
        NewWebhook request, ChangeContext change, WebhookSubscriptions cache, WebhookTargets targets, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            return ApiProblems.Invalid(Domain.Common.ValidationErrors.Of(["A webhook needs an absolute http or https address."]));
        }

        if (await targets.RefusalAsync(url, cancellationToken) is { } refusal)
        {
            return ApiProblems.Invalid(Domain.Common.ValidationErrors.Of([refusal]));
        }

        var subscription = new WebhookSubscription(Guid.CreateVersion7(), url.ToString(), Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), clock.GetUtcNow());
        change.Session.Insert(subscription);
        change.Session.Record(change.Audit, AuditActions.SettingsChanged, $"webhook:{subscription.Id}", $"url={subscription.Url}");
        await change.Session.SaveChangesAsync(cancellationToken);
        await cache.ChangedAsync(cancellationToken);
        return Results.Ok(new { subscription.Id, subscription.Url, subscription.Secret });
    }

    private static async Task<IResult> RemoveWebhookAsync(Guid id, ChangeContext change, WebhookSubscriptions cache, CancellationToken cancellationToken)
    {
        var subscription = await change.Session.LoadAsync<WebhookSubscription>(id, cancellationToken);
        if (subscription is null)
        {
            return ApiProblems.NotFound($"Webhook {id}");
        }

        change.Session.Store(subscription with { Active = false });
        change.Session.Record(change.Audit, AuditActions.SettingsChanged, $"webhook:{id}", "removed");
        await change.Session.SaveChangesAsync(cancellationToken);
        await cache.ChangedAsync(cancellationToken);
        return Results.NoContent();
    }
}

public sealed record NewApiKey(string Name, string ChannelId);

public sealed record NewWebhook(string Url);

public static class ApiKeys
{
    public const string Header = "X-Api-Key";

    public static string PrefixOf(string key) => key.Length > 12 ? key[..12] : key;

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The key's record, if the presented key is one of ours and not revoked.</summary>
    public static async Task<ApiKey?> FindAsync(IQuerySession session, string? presented, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return null;
        }

        var prefix = PrefixOf(presented);
        var hash = Encoding.ASCII.GetBytes(Hash(presented));
        var candidates = await session.Query<ApiKey>().Where(k => k.Prefix == prefix && !k.Revoked).ToListAsync(cancellationToken);
        return candidates.FirstOrDefault(k => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(k.Hash), hash));
    }
}
