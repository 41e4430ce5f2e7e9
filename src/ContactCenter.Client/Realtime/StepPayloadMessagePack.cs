using ContactCenter.Contracts.Conversations;
using MessagePack;
using MessagePack.Formatters;
using MessagePack.Resolvers;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Client.Realtime;

/// <summary>
/// Step payloads on the binary hub protocol. MessagePack's contractless resolver writes no type
/// name, so a <see cref="StepPayload"/> is written as <c>[kind, payload]</c> with the same kind
/// names as JSON (<see cref="StepKinds"/>). The server registers it, and so must a client that
/// connects with MessagePack: <c>.AddMessagePackProtocol(StepPayloadMessagePack.Configure)</c>.
/// </summary>
public sealed class StepPayloadMessagePack : IFormatterResolver
{
    /// <summary>The resolver, placed ahead of the options' own.</summary>
    public static readonly StepPayloadMessagePack Instance = new();

    /// <summary>Puts this resolver ahead of the protocol's resolvers.</summary>
    public static void Configure(MessagePackHubProtocolOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.SerializerOptions = options.SerializerOptions.WithResolver(CompositeResolver.Create(Instance, options.SerializerOptions.Resolver));
    }

    /// <inheritdoc />
    public IMessagePackFormatter<T>? GetFormatter<T>() =>
        typeof(T) == typeof(StepPayload) ? (IMessagePackFormatter<T>)(object)Formatter.Instance : null;

    private sealed class Formatter : IMessagePackFormatter<StepPayload?>
    {
        public static readonly Formatter Instance = new();

        public void Serialize(ref MessagePackWriter writer, StepPayload? value, MessagePackSerializerOptions options)
        {
            if (value is null)
            {
                writer.WriteNil();
                return;
            }

            writer.WriteArrayHeader(2);
            writer.Write(StepKinds.Of(value));
            MessagePackSerializer.Serialize(value.GetType(), ref writer, value, options);
        }

        public StepPayload? Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options)
        {
            if (reader.TryReadNil())
            {
                return null;
            }

            if (reader.ReadArrayHeader() != 2)
            {
                throw new MessagePackSerializationException("A step payload is [kind, payload].");
            }

            var kind = reader.ReadString() ?? throw new MessagePackSerializationException("A step payload's kind is missing.");
            return (StepPayload?)MessagePackSerializer.Deserialize(StepKinds.TypeOf(kind), ref reader, options);
        }
    }
}
