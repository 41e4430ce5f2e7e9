using System.Reflection;
using System.Text.Json.Serialization;

namespace ContactCenter.Contracts.Conversations;

/// <summary>
/// The kind names of <see cref="StepPayload"/>, read from its <see cref="JsonDerivedTypeAttribute"/>s:
/// JSON, the binary protocol and clients share one list.
/// </summary>
public static class StepKinds
{
    private static readonly Dictionary<Type, string> Names = typeof(StepPayload).GetCustomAttributes<JsonDerivedTypeAttribute>()
        .ToDictionary(a => a.DerivedType, a => (string)a.TypeDiscriminator!);

    private static readonly Dictionary<string, Type> Types = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Every payload type with its kind.</summary>
    public static IReadOnlyDictionary<Type, string> All => Names;

    /// <summary>The kind of a payload, as JSON names it.</summary>
    public static string Of(StepPayload payload) =>
        Names.TryGetValue(payload.GetType(), out var kind) ? kind
            : throw new InvalidOperationException($"{payload.GetType().Name} is not a declared step kind: add a [JsonDerivedType] for it on StepPayload.");

    /// <summary>The payload type of a kind.</summary>
    public static Type TypeOf(string kind) =>
        Types.TryGetValue(kind, out var type) ? type
            : throw new InvalidOperationException($"\"{kind}\" is not a step kind this client knows; known: {string.Join(", ", Types.Keys)}.");
}
