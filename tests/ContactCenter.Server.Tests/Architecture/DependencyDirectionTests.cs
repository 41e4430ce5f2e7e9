using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ContactCenter.Server.Features.Conversations.Handling;
using ContactCenter.Testing;

namespace ContactCenter.Server.Tests.Architecture;

/// <summary>
/// The direction of dependencies docs/architecture.md draws ("Layers", "Where things go"): features
/// own their use cases and the ports they push through, Realtime implements those ports and calls
/// the use cases, Persistence knows no feature, and the wire contract knows no domain.
/// </summary>
public sealed partial class DependencyDirectionTests
{
    private static readonly string Root = TestFolders.Repository();
    private static readonly string ServerSource = Path.Combine(Root, "src", "ContactCenter.Server");

    [Fact]
    public void No_feature_names_Realtime() =>
        Assert.Empty(FilesNaming(Path.Combine(ServerSource, "Features"), RealtimeName()));

    [Fact]
    public void Persistence_names_no_feature() =>
        Assert.Empty(FilesNaming(Path.Combine(ServerSource, "Persistence"), FeaturesName()));

    [Fact]
    public void No_feature_type_takes_or_holds_a_Realtime_type()
    {
        // The compiled view of the same rule: constructor parameters (what DI injects), fields and
        // method signatures, for what a source scan could miss.
        var features = typeof(ConversationHandler).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith("ContactCenter.Server.Features", StringComparison.Ordinal) == true);

        var offenders = features.SelectMany(t => TypesUsedBy(t).Where(IsRealtime).Select(used => $"{t.FullName} uses {used.FullName}"));

        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("ContactCenter.Domain")]
    [InlineData("ContactCenter.Contracts")]
    public void The_inner_projects_reference_none_of_ours(string project) =>
        Assert.Empty(ProjectReferences(project));

    [Fact]
    public void The_client_references_the_contracts_only() =>
        Assert.Equal(["ContactCenter.Contracts.csproj"], ProjectReferences("ContactCenter.Client"));

    private static IEnumerable<Type> TypesUsedBy(Type type)
    {
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var methods = type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all));
        return type.GetFields(all).Select(f => f.FieldType)
            .Concat(type.GetProperties(all).Select(p => p.PropertyType))
            .Concat(methods.SelectMany(m => m.GetParameters().Select(p => p.ParameterType)))
            .Concat(type.GetMethods(all).Select(m => m.ReturnType))
            .Concat(type.GetInterfaces())
            .Concat(type.BaseType is { } b ? [b] : [])
            .SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type) =>
        type.HasElementType ? Unwrap(type.GetElementType()!)
        : type.IsGenericType ? [type, .. type.GetGenericArguments().SelectMany(Unwrap)]
        : [type];

    private static bool IsRealtime(Type type) => type.Namespace?.StartsWith("ContactCenter.Server.Realtime", StringComparison.Ordinal) == true;

    private static List<string> FilesNaming(string folder, Regex name) =>
        [.. Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(file => File.ReadLines(file).Any(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal) && name.IsMatch(line)))
            .Select(file => Path.GetRelativePath(Root, file))];

    private static List<string> ProjectReferences(string project) =>
        [.. XDocument.Load(Path.Combine(Root, "src", project, $"{project}.csproj")).Descendants("ProjectReference")
            .Select(r => Path.GetFileName(r.Attribute("Include")!.Value.Replace('\\', '/')))];


    // A using of the namespace, or a type named through it from an enclosing namespace (Realtime.X).
    [GeneratedRegex(@"\busing\s+ContactCenter\.Server\.Realtime\b|(?<![\w.])(?:ContactCenter\.Server\.)?Realtime\.[A-Z]")]
    private static partial Regex RealtimeName();

    [GeneratedRegex(@"\busing\s+ContactCenter\.Server\.Features\b|(?<![\w.])(?:ContactCenter\.Server\.)?Features\.[A-Z]")]
    private static partial Regex FeaturesName();
}
