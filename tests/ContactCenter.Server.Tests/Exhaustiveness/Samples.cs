using System.Reflection;
using ContactCenter.Contracts.Conversations;
using ContactCenter.Domain.Conversations;

namespace ContactCenter.Server.Tests.Exhaustiveness;

/// <summary>
/// One instance of any event or step record, built from its constructor, so the exhaustiveness
/// tests cover a type the day it is declared, with nobody remembering to add a sample.
/// </summary>
internal static class Samples
{
    public static readonly Guid ConversationId = new("0193c000-0000-7000-8000-000000000001");
    public static readonly Guid CustomerId = new("0193c000-0000-7000-8000-000000000002");
    public static readonly Guid StaffId = new("0193c000-0000-7000-8000-00000000a001");
    public static readonly DateTimeOffset At = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    /// <summary>An agent: the author of staff facts, whose id must never reach a customer.</summary>
    public static readonly Author Staff = new(AuthorKind.Agent, StaffId, "Jamie Agent");

    /// <summary>Every concrete subtype of <typeparamref name="TBase"/> in its assembly, one instance each.</summary>
    public static IReadOnlyList<TBase> All<TBase>() where TBase : class =>
        [.. typeof(TBase).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(TBase)) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => (TBase)Of(t))];

    /// <summary>The same as theory data, a case per type.</summary>
    public static TheoryData<TBase> Every<TBase>() where TBase : class => [.. All<TBase>()];

    public static object Of(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return constructor.Invoke([.. constructor.GetParameters().Select(p => ValueFor(type, p))]);
    }

    private static object? ValueFor(Type owner, ParameterInfo parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return (type, parameter.Name) switch
        {
            (_, "ConversationId") => ConversationId,
            (_, "CustomerId" or "FromCustomerId") => CustomerId,
            // Staff ids: the agent offered to, assigned, reading; what the mapper must keep from customers.
            (_, "AgentId" or "ReaderId" or "ById" or "NewOwnerId") => StaffId,
            (_, "Rating") => 4,
            (_, "Reason") => "expired",
            (_, "Text") => "Where is my parcel?",
            (_, "ReasonCodeId") => null,
            _ when type == typeof(Guid) => Guid.CreateVersion7(),
            _ when type == typeof(string) => parameter.Name!.ToLowerInvariant(),
            _ when type == typeof(DateTimeOffset) => At.AddMinutes(1),
            _ when type == typeof(int) => 1,
            _ when type == typeof(long) => 1L,
            _ when type == typeof(bool) => false,
            _ when type == typeof(Author) => Staff,
            _ when type == typeof(MessageDto) => new MessageDto(Guid.CreateVersion7(), AuthorKindDto.Customer, "Nora Nilsen", "Where is my parcel?"),
            _ when type.IsEnum => Enum.GetValues(type).GetValue(Enum.GetValues(type).Length - 1),
            _ => throw new NotSupportedException(
                $"Samples cannot build {owner.Name}'s parameter {parameter.Name} of type {type.Name}: add a case to {nameof(Samples)}.{nameof(ValueFor)}."),
        };
    }
}
