using MudBlazor;

namespace ContactCenter.Server.Components.Layout;

public static class ContactCenterTheme
{
    public static readonly MudTheme Default = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1565c0", AppbarBackground = "#1565c0" },
        PaletteDark = new PaletteDark { Primary = "#64b5f6" },
    };
}
