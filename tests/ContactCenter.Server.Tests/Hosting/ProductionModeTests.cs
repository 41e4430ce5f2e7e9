using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ContactCenter.Contracts;
using ContactCenter.Server.Hosting;
using ContactCenter.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace ContactCenter.Server.Tests.Hosting;

/// <summary>infra/run.sh runs Production by default; a Production server still serves the desk's files from a build folder.</summary>
public sealed partial class ProductionModeTests
{
    [Theory]
    [InlineData("", "", "Production")]
    [InlineData("", "Staging", "Staging")]
    [InlineData("Development", "Staging", "Development")]
    public async Task Run_sh_picks_Production_unless_the_environment_names_another(string aspnetcore, string dotnet, string expected)
    {
        // Tried: run.sh's own default expression, evaluated by bash with and without the two variables.
        var script = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "infra", "run.sh"));
        var expression = EnvironmentDefault().Match(script).Groups[1].Value;
        Assert.NotEmpty(expression);

        var start = new ProcessStartInfo("bash", ["-c", $"echo {expression}"]) { RedirectStandardOutput = true };
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        if (aspnetcore.Length > 0)
        {
            start.Environment["ASPNETCORE_ENVIRONMENT"] = aspnetcore;
        }

        if (dotnet.Length > 0)
        {
            start.Environment["DOTNET_ENVIRONMENT"] = dotnet;
        }

        using var bash = Process.Start(start)!;
        var chosen = (await bash.StandardOutput.ReadToEndAsync()).Trim();
        await bash.WaitForExitAsync();

        Assert.Equal(expected, chosen);
    }

    [Fact]
    public async Task A_Production_server_serves_the_desk_files_and_answers_bad_input_with_a_problem()
    {
        var settings = await ServerHost.DefaultSettingsAsync();
        await using var app = await ServerApp.BuildAsync(
            new WebApplicationOptions { ApplicationName = "ContactCenter.Server", ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Production" },
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                builder.WebHost.UseUrls("http://127.0.0.1:0");
            });
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var mud = await http.GetAsync(new Uri("/_content/MudBlazor/MudBlazor.min.css", UriKind.Relative));
        using var blazor = await http.GetAsync(new Uri("/_framework/blazor.web.js", UriKind.Relative));
        using var bad = await http.PostAsync(new Uri(ApiRoutes.Token, UriKind.Relative), new StringContent("""{"userName":null}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, mud.StatusCode);
        Assert.Equal(HttpStatusCode.OK, blazor.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        await app.StopAsync();
    }

    [GeneratedRegex(@"ASPNETCORE_ENVIRONMENT=(\$\{[^\s]+\})")]
    private static partial Regex EnvironmentDefault();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContactCenter.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No ContactCenter.sln above the test's folder.");
    }
}
