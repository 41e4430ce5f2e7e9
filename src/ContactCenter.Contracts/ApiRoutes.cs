namespace ContactCenter.Contracts;

/// <summary>The REST API's paths, shared by the server's endpoints and the typed client.</summary>
public static class ApiRoutes
{
    /// <summary>Queues a customer may choose from when starting a chat.</summary>
    public const string Queues = "/api/queues";

    /// <summary>Liveness: the process answers.</summary>
    public const string HealthLive = "/health/live";

    /// <summary>Readiness: PostgreSQL (and Redis, when configured) answer.</summary>
    public const string HealthReady = "/health/ready";

    /// <summary>The OpenAPI document of the REST API.</summary>
    public const string OpenApiDocument = "/openapi/v1.json";
}
