using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace ContactCenter.Server.Features.Shared.Input;

/// <summary>
/// The one check every REST call and hub call goes through before it reaches a feature: the request
/// records (contracts and domain documents) and text arguments are walked, and a null where the
/// contract's nullability says a value is needed, or a NUL character anywhere in text (PostgreSQL's
/// jsonb refuses it), is reported as one clear sentence. Features then only check their own rules.
/// </summary>
internal static class RequestInput
{
    private const int MaxDepth = 8;
    private static readonly ConcurrentDictionary<MethodInfo, NullabilityInfo[]> Parameters = new();
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, NullabilityInfo Nullability)[]> Shapes = new();

    /// <summary>Whether a parameter of this type carries client input worth walking (services never do).</summary>
    public static bool IsInput(Type type) =>
        type == typeof(string) || IsRequestRecord(type)
        || type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType && type.GetGenericArguments().All(t => t == typeof(string) || IsRequestRecord(t));

    /// <summary>The first problem of a call's arguments, or null.</summary>
    public static string? FindProblem(MethodInfo method, IReadOnlyList<object?> arguments)
    {
        var parameters = method.GetParameters();
        var nullability = Parameters.GetOrAdd(method, m => [.. m.GetParameters().Select(p => new NullabilityInfoContext().Create(p))]);
        for (var i = 0; i < parameters.Length && i < arguments.Count; i++)
        {
            if (IsInput(parameters[i].ParameterType) && Check(arguments[i], nullability[i], parameters[i].Name ?? "value", 0) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? Check(object? value, NullabilityInfo nullability, string path, int depth)
    {
        if (value is null)
        {
            return nullability.ReadState == NullabilityState.NotNull && !nullability.Type.IsValueType
                ? $"'{path}' is required and may not be null."
                : null;
        }

        if (depth > MaxDepth)
        {
            return null;
        }

        return value switch
        {
            string text => text.Contains('\0', StringComparison.Ordinal) ? $"'{path}' contains a NUL character (\\u0000), which text may not hold." : null,
            IDictionary map => CheckMap(map, nullability, path, depth),
            IEnumerable items => CheckItems(items, nullability, path, depth),
            _ when IsRequestRecord(value.GetType()) => CheckRecord(value, path, depth),
            _ => null,
        };
    }

    private static string? CheckMap(IDictionary map, NullabilityInfo nullability, string path, int depth)
    {
        var valueNullability = nullability.GenericTypeArguments.LastOrDefault();
        foreach (DictionaryEntry entry in map)
        {
            var key = entry.Key as string ?? entry.Key.ToString() ?? "";
            var problem = Check(key, nullability, $"{path} key", depth + 1)
                ?? (valueNullability is null ? null : Check(entry.Value, valueNullability, $"{path}.{Shown(key)}", depth + 1));
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? CheckItems(IEnumerable items, NullabilityInfo nullability, string path, int depth)
    {
        var itemNullability = nullability.ElementType ?? nullability.GenericTypeArguments.LastOrDefault();
        var index = 0;
        foreach (var item in items)
        {
            if (itemNullability is not null && Check(item, itemNullability, $"{path}[{index}]", depth + 1) is { } problem)
            {
                return problem;
            }

            index++;
        }

        return null;
    }

    private static string? CheckRecord(object value, string path, int depth)
    {
        foreach (var (property, nullability) in ShapeOf(value.GetType()))
        {
            var name = JsonName(property.Name);
            if (Check(property.GetValue(value), nullability, depth == 0 ? name : $"{path}.{name}", depth + 1) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static (PropertyInfo, NullabilityInfo)[] ShapeOf(Type type) => Shapes.GetOrAdd(type, t =>
    {
        // NullabilityInfoContext is not thread-safe: one per shape, and shapes are cached.
        var context = new NullabilityInfoContext();
        return [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetGetMethod() is not null)
            .Select(p => (p, context.Create(p)))];
    });

    /// <summary>
    /// Types of the contracts and the domain, and records of the server's features (an endpoint's own
    /// request such as an inbound message): what clients send, never a service.
    /// </summary>
    private static bool IsRequestRecord(Type type) =>
        type.IsClass && type != typeof(string) && type.Assembly.GetName().Name switch
        {
            "ContactCenter.Contracts" or "ContactCenter.Domain" => true,
            "ContactCenter.Server" => type.GetMethod("<Clone>$") is not null,
            _ => false,
        };

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Shown(string key) => key.Length <= 40 ? key : key[..40] + "…";
}
