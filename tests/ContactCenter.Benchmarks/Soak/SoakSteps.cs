using System.Text.Json;

namespace ContactCenter.Benchmarks.Soak;

/// <summary>What the soak reads from a step on the wire: { version, payload: { kind, ... } }.</summary>
public static class SoakSteps
{
    public static string Kind(JsonElement step) =>
        step.TryGetProperty("payload", out var payload) && payload.TryGetProperty("kind", out var kind) ? kind.GetString() ?? "" : "";

    public static Guid ConversationOf(JsonElement step) => step.GetProperty("conversationId").GetGuid();

    /// <summary>A chat message's id and whether the customer wrote it.</summary>
    public static (Guid Id, bool ByCustomer)? MessageOf(JsonElement step) =>
        Kind(step) == "message" && step.GetProperty("payload").GetProperty("message") is var message
            ? (message.GetProperty("id").GetGuid(), message.GetProperty("authorKind").GetString() == "Customer")
            : null;

    /// <summary>The agent an "offered" step offers the chat to.</summary>
    public static Guid? OfferedTo(JsonElement step) =>
        Kind(step) == "offered" ? step.GetProperty("payload").GetProperty("agentId").GetGuid() : null;

    // An open offer ends when it is accepted, declined or timed out, or the chat moves or ends.
    public static bool EndsOffer(string kind) =>
        kind is "assigned" or "offer-declined" or "ended" or "customer-left" or "resolved" or "moved-to-queue" or "transferred";
}
