using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

#pragma warning disable BL0006 // See Write: frames read once per render, checked by a test.

namespace ContactCenter.Server.Components.Layout;

/// <summary>
/// MudBlazor's theme provider, with its style sheet made once per theme and mode for the whole
/// process. MudThemeProvider builds the sheet (about 12,000 characters of CSS variables) as a new
/// string at every render, and each circuit kept two of them in its render trees: a quarter of a
/// signed-in desk's memory (docs/architecture.md, "The desk's memory"). Everything else (the dark
/// mode watch, the cascaded palette) is MudThemeProvider's own.
/// </summary>
public sealed class SharedThemeProvider : MudThemeProvider
{
    // Keyed by the sheet itself: one entry per theme and mode (two here), whatever MudBlazor puts in it.
    private static readonly ConcurrentDictionary<string, string> Sheets = new(StringComparer.Ordinal);

    protected override void BuildRenderTree(RenderTreeBuilder __builder)
    {
        // Built afresh as MudBlazor does (it reads its own parameter state), then swapped for the
        // process's copy: the fresh one is garbage at once, and the circuit keeps only a reference.
        var sheet = Capture();
        __builder.AddMarkupContent(0, Sheets.GetOrAdd(sheet, sheet));
    }

    private string Capture()
    {
        using var own = new RenderTreeBuilder();
        base.BuildRenderTree(own);
        var frames = own.GetFrames();
        var html = new StringBuilder();
        Write(frames.Array, 0, frames.Count, html);
        return html.ToString();
    }

    // The provider renders <style> elements holding text: raw text in HTML, so written as it is.
    // Reading frames is framework territory (BL0006); SharedThemeProviderTests compares the result
    // with MudThemeProvider's own markup, so a change in either shows there.
    private static void Write(RenderTreeFrame[] frames, int from, int to, StringBuilder html)
    {
        for (var i = from; i < to; i++)
        {
            var frame = frames[i];
            switch (frame.FrameType)
            {
                case RenderTreeFrameType.Element:
                    html.Append('<').Append(frame.ElementName);
                    var end = i + frame.ElementSubtreeLength;
                    var child = i + 1;
                    for (; child < end && frames[child].FrameType == RenderTreeFrameType.Attribute; child++)
                    {
                        html.Append(' ').Append(frames[child].AttributeName).Append("=\"").Append(frames[child].AttributeValue).Append('"');
                    }

                    html.Append('>');
                    Write(frames, child, end, html);
                    html.Append("</").Append(frame.ElementName).Append('>');
                    i = end - 1;
                    break;
                case RenderTreeFrameType.Text:
                    html.Append(frame.TextContent);
                    break;
                case RenderTreeFrameType.Markup:
                    html.Append(frame.MarkupContent);
                    break;
                case RenderTreeFrameType.Region:
                    Write(frames, i + 1, i + frame.RegionSubtreeLength, html);
                    i += frame.RegionSubtreeLength - 1;
                    break;
                default:
                    throw new InvalidOperationException($"MudThemeProvider rendered a {frame.FrameType} frame; SharedThemeProvider writes only elements and text.");
            }
        }
    }
}
