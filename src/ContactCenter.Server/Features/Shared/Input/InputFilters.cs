using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Features.Shared.Input;

/// <summary>Puts <see cref="RequestInput"/> in front of every API endpoint: a bad argument is a 400 problem, never a 500.</summary>
internal static class InputEndpointFilter
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var method = context.MethodInfo;
        if (!method.GetParameters().Any(p => RequestInput.IsInput(p.ParameterType)))
        {
            return next;
        }

        return invocation => RequestInput.FindProblem(method, new System.Collections.ObjectModel.ReadOnlyCollection<object?>(invocation.Arguments)) is { } problem
            ? ValueTask.FromResult<object?>(InputProblems.Invalid(problem))
            : next(invocation);
    }
}

/// <summary>The same check on every hub call: a refusal with the code <c>invalid</c>, as hub rules refuse.</summary>
internal sealed class InputHubFilter : IHubFilter
{
    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next) =>
        RequestInput.FindProblem(invocation.HubMethod, invocation.HubMethodArguments) is { } problem
            ? throw new HubException($"invalid: {problem}")
            : next(invocation);
}
