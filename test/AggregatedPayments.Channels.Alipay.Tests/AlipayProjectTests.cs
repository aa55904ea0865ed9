using System.Xml.Linq;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Alipay;

public class AlipayProjectTests
{
    [Fact]
    public void Should_depend_on_nothing_but_the_framework()
    {
        // The protocol pieces are shared by the adapter and checked against the providers' vectors
        // on their own; a reference into the solution would tie them to layers they must not see.
        var project = XDocument.Load(Path.Combine(
            TestRepository.Root(), "src", "AggregatedPayments.Channels.Alipay", "AggregatedPayments.Channels.Alipay.csproj"));

        project.Descendants("ProjectReference").ShouldBeEmpty();
        project.Descendants("PackageReference").ShouldBeEmpty();
        project.Descendants("FrameworkReference").ShouldBeEmpty();
    }
}
