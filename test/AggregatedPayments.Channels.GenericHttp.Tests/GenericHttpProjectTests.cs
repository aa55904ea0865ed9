using System.Xml.Linq;
using AggregatedPayments.Testing;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.GenericHttp;

public class GenericHttpProjectTests
{
    [Fact]
    public void Should_depend_on_nothing_but_the_framework_and_the_channel_contract()
    {
        // The protocol pieces are checked against the providers' vectors on their own, and the
        // adapter sees the contract only; anything more would tie them to layers they must not see.
        var project = XDocument.Load(Path.Combine(
            TestRepository.Root(), "src", "AggregatedPayments.Channels.GenericHttp", "AggregatedPayments.Channels.GenericHttp.csproj"));

        project.Descendants("ProjectReference").Select(r => Path.GetFileName(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ShouldBe(["AggregatedPayments.Channels.Abstractions.csproj"]);
        project.Descendants("PackageReference").ShouldBeEmpty();
        project.Descendants("FrameworkReference").ShouldBeEmpty();
    }
}
