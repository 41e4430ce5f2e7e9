namespace ContactCenter.Server.Features.Shared.Input;

public static class InputSetup
{
    public static IServiceCollection AddContactCenterInput(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<UnreadableRequestHandler>();
        // Thrown in every environment (not only Development), so UnreadableRequestHandler can answer
        // with a problem body that says what could not be read instead of an empty 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }
}
