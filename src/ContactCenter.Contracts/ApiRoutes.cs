namespace ContactCenter.Contracts;

/// <summary>The REST API's paths, shared by the server's endpoints and the typed client.</summary>
public static class ApiRoutes
{
    /// <summary>Queues a customer may choose from when starting a chat.</summary>
    public const string Queues = "/api/queues";

    /// <summary>Exchanges credentials for a bearer token.</summary>
    public const string Token = "/api/auth/token";

    /// <summary>The signed-in user and their permissions.</summary>
    public const string Me = "/api/me";

    /// <summary>The signed-in agent's own figures: <c>?period=today|7d|30d</c>.</summary>
    public const string MyAnalytics = "/api/me/analytics";

    /// <summary>Team analytics for the queues the caller supervises: <c>?period=today|7d|30d</c> or <c>?from=&amp;to=</c> (days), <c>queue</c>, <c>team</c>, <c>agent</c>, <c>channel</c>, <c>label</c>.</summary>
    public const string TeamAnalytics = "/api/analytics/team";

    /// <summary>The same figures as CSV.</summary>
    public const string TeamAnalyticsCsv = "/api/analytics/team.csv";

    /// <summary>The customer directory, as the caller's role allows.</summary>
    public const string Customers = "/api/customers";

    /// <summary>Staff users (settings).</summary>
    public const string Users = "/api/users";

    /// <summary>Teams of staff that queues list as members (settings).</summary>
    public const string Teams = "/api/teams";

    /// <summary>Built-in and custom roles (settings).</summary>
    public const string Roles = "/api/roles";

    /// <summary>The permission catalog roles are composed from.</summary>
    public const string Permissions = "/api/permissions";

    /// <summary>Conversation labels.</summary>
    public const string Labels = "/api/labels";

    /// <summary>The audit log (read only).</summary>
    public const string Audit = "/api/audit";

    /// <summary>The agent hub: live updates and commands for signed-in staff.</summary>
    public const string AgentHub = "/hubs/agent";

    /// <summary>The customer hub: the widget's live chat.</summary>
    public const string CustomerHub = "/hubs/customer";

    /// <summary>Starts a chat from the widget (anonymous) and reads the widget's session.</summary>
    public const string WidgetChats = "/api/widget/chats";

    /// <summary>Conversations for staff.</summary>
    public const string Conversations = "/api/conversations";

    /// <summary>Liveness: the process answers.</summary>
    public const string HealthLive = "/health/live";

    /// <summary>Readiness: PostgreSQL (and Redis, when configured) answer.</summary>
    public const string HealthReady = "/health/ready";

    /// <summary>The OpenAPI document of the REST API.</summary>
    public const string OpenApiDocument = "/openapi/v1.json";
}
