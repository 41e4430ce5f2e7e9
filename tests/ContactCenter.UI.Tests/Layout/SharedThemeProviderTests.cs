using Bunit;
using ContactCenter.Server.Components.Layout;
using MudBlazor;

namespace ContactCenter.UI.Tests.Layout;

public sealed class SharedThemeProviderTests : MudTestContext
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Renders_the_same_style_sheet_as_MudBlazors_provider(bool dark)
    {
        var mud = Render<MudThemeProvider>(p => p.Add(t => t.Theme, ContactCenterTheme.Default).Add(t => t.IsDarkMode, dark));
        var shared = Render<SharedThemeProvider>(p => p.Add(t => t.Theme, ContactCenterTheme.Default).Add(t => t.IsDarkMode, dark));

        Assert.Contains($"--mud-native-html-color-scheme: {(dark ? "dark" : "light")}", shared.Markup, StringComparison.Ordinal);
        shared.MarkupMatches(mud.Markup);
    }
}
