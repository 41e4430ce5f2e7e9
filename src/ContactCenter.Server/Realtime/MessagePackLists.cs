using MessagePack;
using MessagePack.Formatters;
using MessagePack.Resolvers;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Server.Realtime;

/// <summary>
/// The binary protocol writes a hub method's answer by its runtime type. A collection expression
/// returned as <c>IReadOnlyList&lt;T&gt;</c> is a class the compiler makes (<c>&lt;&gt;z__ReadOnlyList</c>
/// and kin) that MessagePack cannot build a formatter for, and the connection would close; such
/// answers are written as the plain lists they are, which any client reads as an array.
/// </summary>
internal sealed class MessagePackLists : IFormatterResolver
{
    private static readonly MessagePackLists Instance = new();

    public static void Configure(MessagePackHubProtocolOptions options) =>
        options.SerializerOptions = options.SerializerOptions.WithResolver(CompositeResolver.Create(Instance, options.SerializerOptions.Resolver));

    public IMessagePackFormatter<T>? GetFormatter<T>() => Cache<T>.Formatter;

    private static class Cache<T>
    {
        public static readonly IMessagePackFormatter<T>? Formatter = Create();

        private static IMessagePackFormatter<T>? Create()
        {
            var type = typeof(T);
            var list = type.Name.StartsWith("<>z__", StringComparison.Ordinal)
                ? type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
                : null;
            return list is null ? null
                : (IMessagePackFormatter<T>)Activator.CreateInstance(typeof(AsList<,>).MakeGenericType(type, list.GetGenericArguments()[0]))!;
        }
    }

    private sealed class AsList<TList, TItem> : IMessagePackFormatter<TList>
        where TList : IReadOnlyList<TItem>
    {
        public void Serialize(ref MessagePackWriter writer, TList value, MessagePackSerializerOptions options)
        {
            if (value is null)
            {
                writer.WriteNil();
                return;
            }

            var item = options.Resolver.GetFormatterWithVerify<TItem>();
            writer.WriteArrayHeader(value.Count);
            foreach (var element in value)
            {
                item.Serialize(ref writer, element, options);
            }
        }

        public TList Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options) =>
            throw new NotSupportedException("Answers are only written by the server; clients read them as arrays or lists.");
    }
}
