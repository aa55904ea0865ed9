using System.Xml.Linq;
using AggregatedPayments.Testing;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Architecture;

/// <summary>
/// The arrows of ARCHITECTURE.md, checked on the project files themselves: a project may reference
/// only the projects and packages its layer allows.
/// </summary>
public sealed class LayeringTests
{
    private static readonly Dictionary<string, string[]> AllowedProjectReferences = new()
    {
        ["AggregatedPayments.Domain.Shared"] = [],
        ["AggregatedPayments.Domain"] = ["AggregatedPayments.Domain.Shared", "AggregatedPayments.Channels.Abstractions"],
        ["AggregatedPayments.Application.Contracts"] = ["AggregatedPayments.Domain.Shared"],
        ["AggregatedPayments.Application"] = ["AggregatedPayments.Domain", "AggregatedPayments.Application.Contracts"],
        ["AggregatedPayments.EntityFrameworkCore"] = ["AggregatedPayments.Domain"],
        ["AggregatedPayments.HttpApi"] = ["AggregatedPayments.Application.Contracts"],
        ["AggregatedPayments.HttpApi.Client"] = ["AggregatedPayments.Application.Contracts"],
        ["AggregatedPayments.HttpApi.Host"] = ["AggregatedPayments.Application", "AggregatedPayments.EntityFrameworkCore", "AggregatedPayments.HttpApi"],
        ["AggregatedPayments.DbMigrator"] = ["AggregatedPayments.Application", "AggregatedPayments.EntityFrameworkCore"],
        ["AggregatedPayments.Channels.Abstractions"] = []
    };

    /// <summary>Every provider adapter (AggregatedPayments.Channels.&lt;Provider&gt;) sees the contract and nothing else of ours.</summary>
    private static readonly string[] AdapterProjectReferences = ["AggregatedPayments.Channels.Abstractions"];

    private static readonly string[] AdapterForbiddenPackagePrefixes = ["Microsoft.EntityFrameworkCore", "Pomelo", "Microsoft.AspNetCore", "MySqlConnector"];

    /// <summary>Package prefixes a layer must never see, directly.</summary>
    private static readonly Dictionary<string, string[]> ForbiddenPackagePrefixes = new()
    {
        ["AggregatedPayments.Domain.Shared"] = ["Microsoft.EntityFrameworkCore", "Pomelo", "Microsoft.AspNetCore"],
        ["AggregatedPayments.Domain"] = ["Microsoft.EntityFrameworkCore", "Pomelo", "Microsoft.AspNetCore", "MySqlConnector"],
        ["AggregatedPayments.Application.Contracts"] = ["Microsoft.EntityFrameworkCore", "Pomelo", "Microsoft.AspNetCore", "Microsoft.Extensions.Identity"],
        ["AggregatedPayments.Application"] = ["Microsoft.EntityFrameworkCore", "Pomelo", "Microsoft.AspNetCore"],
        ["AggregatedPayments.HttpApi"] = ["Microsoft.EntityFrameworkCore", "Pomelo", "Microsoft.Extensions.Identity"],
        ["AggregatedPayments.HttpApi.Client"] = ["Microsoft.EntityFrameworkCore", "Pomelo", "Microsoft.AspNetCore", "Microsoft.Extensions.Identity"],
        ["AggregatedPayments.Channels.Abstractions"] = ["Microsoft.EntityFrameworkCore", "Pomelo", "Microsoft.AspNetCore", "MySqlConnector"]
    };

    /// <summary>ASP.NET Core arrives as a framework reference, not a package; only the web layers may take it.</summary>
    private static readonly string[] MayReferenceAspNetCoreFramework = ["AggregatedPayments.HttpApi", "AggregatedPayments.HttpApi.Host"];

    public static TheoryData<string> Projects() => new(SourceProjects());

    [Theory]
    [MemberData(nameof(Projects))]
    public void Should_reference_only_the_projects_its_layer_allows(string project)
    {
        var references = Read(project).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();

        references.ShouldAllBe(r => AllowedReferences(project).Contains(r), $"{project} references {string.Join(", ", references)}");
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Should_not_take_a_package_or_framework_its_layer_must_not_see(string project)
    {
        var document = Read(project);
        var packages = document.Descendants("PackageReference").Select(r => r.Attribute("Include")!.Value).ToList();
        var forbidden = IsAdapter(project) ? AdapterForbiddenPackagePrefixes : ForbiddenPackagePrefixes.GetValueOrDefault(project, []);
        packages.Where(p => forbidden.Any(f => p.StartsWith(f, StringComparison.Ordinal))).ShouldBeEmpty();

        var usesWebFramework = document.Descendants("FrameworkReference").Any(f => f.Attribute("Include")?.Value == "Microsoft.AspNetCore.App")
                               || document.Root!.Attribute("Sdk")!.Value.Contains("Web", StringComparison.Ordinal);
        if (usesWebFramework)
        {
            MayReferenceAspNetCoreFramework.ShouldContain(project);
        }
    }

    [Fact]
    public void Should_know_the_layer_of_every_project_under_src()
    {
        SourceProjects().Where(p => !IsAdapter(p)).ShouldBe(AllowedProjectReferences.Keys, ignoreOrder: true);
    }

    private static bool IsAdapter(string project) =>
        project.StartsWith("AggregatedPayments.Channels.", StringComparison.Ordinal) && !AllowedProjectReferences.ContainsKey(project);

    /// <summary>The host installs the adapters: it may reference every adapter project besides its layers.</summary>
    private static string[] AllowedReferences(string project) =>
        IsAdapter(project) ? AdapterProjectReferences
        : project == "AggregatedPayments.HttpApi.Host" ? [.. AllowedProjectReferences[project], .. SourceProjects().Where(IsAdapter)]
        : AllowedProjectReferences[project];

    private static IEnumerable<string> SourceProjects() =>
        Directory.GetDirectories(Path.Combine(TestRepository.Root(), "src")).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal);

    private static XDocument Read(string project) =>
        XDocument.Load(Path.Combine(TestRepository.Root(), "src", project, project + ".csproj"));
}
