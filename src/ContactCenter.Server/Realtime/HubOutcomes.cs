using ContactCenter.Domain.Common;
using ContactCenter.Server.Features.Shared;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// The hub answer of a use case: its value, or the refusal as a hub error "code: message" (the
/// clients, the desk and the widget switch on the code before the colon), whatever its kind.
/// </summary>
internal static class HubOutcomes
{
    public static async Task<T> AnswerAsync<T>(this Task<Outcome<T>> outcome) => (await outcome).Answer();

    public static T Answer<T>(this Outcome<T> outcome) => outcome.Error is { } error ? throw error.ToHubException() : outcome.Value!;

    public static HubException ToHubException(this RuleViolation violation) => new($"{violation.Code}: {violation.Message}");
}
