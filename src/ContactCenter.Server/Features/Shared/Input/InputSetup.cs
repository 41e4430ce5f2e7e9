namespace ContactCenter.Server.Features.Shared.Input;

public static class InputSetup
{
    public static IServiceCollection AddContactCenterInput(this IServiceCollection services)
    {
        // No AddProblemDetails: it would stamp a trace id into every problem, and refusals that must
        // read the same (a failed sign-in for a known or an unknown name) would differ.
        services.AddExceptionHandler<UnreadableRequestHandler>();
        // Thrown in every environment (not only Development), so UnreadableRequestHandler can answer
        // with a problem body that says what could not be read instead of an empty 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }
}
