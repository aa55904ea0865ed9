using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

public sealed class PayoutSubmissionOptionsValidatorTests
{
    [Fact]
    public void Should_accept_the_defaults_and_give_a_channel_its_own_schedule_and_limit()
    {
        var options = new PayoutSubmissionOptions
        {
            ChannelQuerySchedules = { ["BANK-FILE"] = [TimeSpan.FromHours(1)] },
            ChannelConcurrency = { ["ALIPAY"] = 3 }
        };

        new PayoutSubmissionOptionsValidator().Validate(null, options).Succeeded.ShouldBeTrue();
        options.ScheduleFor("BANK-FILE").ShouldBe([TimeSpan.FromHours(1)]);
        options.ScheduleFor("OTHER").Count.ShouldBe(9);
        (options.ConcurrencyFor("ALIPAY"), options.ConcurrencyFor("OTHER")).ShouldBe((3, 8));
    }

    [Fact]
    public void Should_refuse_an_empty_schedule_a_zero_limit_and_an_unknown_time_zone()
    {
        var options = new PayoutSubmissionOptions { QuerySchedule = [], MaxConcurrentSendsPerChannel = 0, DefaultTimeZone = "Mars/Olympus" };

        var result = new PayoutSubmissionOptionsValidator().Validate(null, options);

        result.Failed.ShouldBeTrue();
        result.Failures!.Count().ShouldBe(3);
    }
}
