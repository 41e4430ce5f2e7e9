using System.Text.Json;

namespace ContactCenter.Benchmarks.Soak;

/// <summary>
/// One party's view of one conversation, kept as the product's clients keep it: a step is applied
/// when its version is the next one, an older one is dropped, and a gap asks for what was missed.
/// What it applied is what the person saw: every message once, in order, or the soak fails.
/// </summary>
public sealed class ChatView(Guid conversationId)
{
    private readonly Lock _lock = new();
    private readonly List<Guid> _messages = [];

    public Guid ConversationId { get; } = conversationId;
    public long Version { get; private set; }
    public int ByPush { get; private set; }

    /// <summary>An agent took it (the "assigned" step was applied).</summary>
    public bool Answered { get; private set; }
    public int ByResume { get; private set; }

    /// <summary>A message id applied twice: the same message at two versions.</summary>
    public int Duplicates { get; private set; }

    public IReadOnlyList<Guid> Messages
    {
        get
        {
            lock (_lock)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>Applies a pushed step; false when it shows a gap (the caller resumes).</summary>
    public bool Pushed(JsonElement step)
    {
        lock (_lock)
        {
            var version = step.GetProperty("version").GetInt64();
            if (version <= Version)
            {
                return true;
            }

            if (version > Version + 1)
            {
                return false;
            }

            Apply(step);
            ByPush++;
            return true;
        }
    }

    /// <summary>Applies the steps a resume returned, those after the version held, in order; returns those applied.</summary>
    public IReadOnlyList<JsonElement> Resumed(JsonElement steps)
    {
        var applied = new List<JsonElement>();
        lock (_lock)
        {
            foreach (var step in steps.EnumerateArray().OrderBy(s => s.GetProperty("version").GetInt64()))
            {
                if (step.GetProperty("version").GetInt64() == Version + 1)
                {
                    Apply(step);
                    ByResume++;
                    applied.Add(step);
                }
            }
        }

        return applied;
    }

    private void Apply(JsonElement step)
    {
        Version = step.GetProperty("version").GetInt64();
        Answered |= SoakSteps.Kind(step) == "assigned";
        if (SoakSteps.MessageOf(step) is { } message)
        {
            if (_messages.Contains(message.Id))
            {
                Duplicates++;
            }

            _messages.Add(message.Id);
        }
    }
}
