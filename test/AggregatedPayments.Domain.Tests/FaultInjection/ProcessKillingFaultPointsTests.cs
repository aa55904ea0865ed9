using Shouldly;
using Xunit;

namespace AggregatedPayments.FaultInjection;

/// <summary>Only the parsing: reaching the configured point kills the process, which the host's crash tests show.</summary>
public class ProcessKillingFaultPointsTests
{
    [Theory]
    [InlineData("Nowhere.AtAll")]
    [InlineData("Startup.AfterMigration#0")]
    [InlineData("Startup.AfterMigration#x")]
    public void Should_refuse_a_setting_that_names_no_fault_point_or_no_valid_arrival(string setting)
    {
        Should.Throw<ArgumentException>(() => new ProcessKillingFaultPoints(setting));
    }

    [Fact]
    public void Should_pass_other_points_and_earlier_arrivals_without_harm()
    {
        var points = new ProcessKillingFaultPoints(FaultPointNames.AfterMigration + "#3");

        // Any other name, and the first two arrivals at the configured one, go on living.
        points.Reach("Some.OtherPoint");
        points.Reach(FaultPointNames.AfterMigration);
        points.Reach(FaultPointNames.AfterMigration);
    }
}
