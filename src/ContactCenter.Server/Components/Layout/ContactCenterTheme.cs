using MudBlazor;

namespace ContactCenter.Server.Components.Layout;

public static class ContactCenterTheme
{
    public static readonly MudTheme Default = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1565c0", AppbarBackground = "#1565c0" },
        // Light blue needs dark text on it to stay readable.
        PaletteDark = new PaletteDark { Primary = "#64b5f6", PrimaryContrastText = "#0b1f33" },
    };
}
