using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.Server.Components.Shared;

/// <summary>
/// A MudBlazor icon as plain markup, the same element MudIcon renders, for places that show an icon
/// on every page all day (the app bar, the desk): a component per icon kept its state and render
/// trees in every circuit. One string per icon and class for the whole process, not one per render.
/// </summary>
public static class Svg
{
    private static readonly ConcurrentDictionary<(string Icon, string Classes, string? Style), MarkupString> Made = new();

    public static MarkupString Icon(string icon, string classes = "mud-icon-size-medium", string? style = null) =>
        Made.GetOrAdd((icon, classes, style), key => new MarkupString(
            $"<svg class=\"mud-icon-root mud-svg-icon {key.Classes}\"{(key.Style is null ? "" : $" style=\"{key.Style}\"")} focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{key.Icon}</svg>"));
}
