using System.Diagnostics;

namespace ContactCenter.Domain.Common;

/// <summary>
/// The arm of a switch over a closed hierarchy that the compiler cannot prove closed. It throws,
/// never returns a default: a new event or step that a switch forgot fails loudly, and the
/// exhaustiveness tests run every subtype through every switch (docs/domain.md, "Adding an event").
/// </summary>
public static class Unhandled
{
    public static UnreachableException Case(object value) =>
        new($"{value.GetType().Name} has no case in this switch: add one (docs/domain.md, \"Adding an event\").");
}
