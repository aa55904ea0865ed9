using AggregatedPayments.OutboundCalls;
using Microsoft.Extensions.Options;
using Shouldly;
using Xunit;

namespace AggregatedPayments.BackgroundJobs;

public sealed class BackgroundJobOptionsValidatorTests
{
    [Fact]
    public void Should_accept_the_defaults()
    {
        Validator(new OutboundCallOptions()).Validate(null, new BackgroundJobOptions()).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Should_name_every_setting_that_would_break_the_queue()
    {
        var options = new BackgroundJobOptions
        {
            PollInterval = TimeSpan.Zero,
            LeaseDuration = TimeSpan.FromSeconds(30),
            BatchSize = 0,
            MaxTries = 0,
            FirstRetryDelay = TimeSpan.FromMinutes(5),
            MaxRetryDelay = TimeSpan.FromMinutes(1)
        };

        var result = Validator(new OutboundCallOptions()).Validate(null, options);

        result.Failed.ShouldBeTrue();
        result.Failures!.Select(f => f.Split(' ')[0]).ShouldBe(
        [
            "BackgroundJobs:PollInterval", "BackgroundJobs:LeaseDuration", "BackgroundJobs:BatchSize",
            "BackgroundJobs:MaxTries", "BackgroundJobs:MaxRetryDelay"
        ]);
    }

    [Fact]
    public void Should_fit_the_longest_outbound_call_three_times_into_a_lease()
    {
        var outbound = new OutboundCallOptions { Timeout = TimeSpan.FromSeconds(2) };
        outbound.Purposes["StatementDownload"] = new OutboundCallLimitOverride { Timeout = TimeSpan.FromSeconds(4) };
        var validator = Validator(outbound);

        validator.Validate(null, new BackgroundJobOptions { LeaseDuration = TimeSpan.FromSeconds(12) }).Succeeded.ShouldBeTrue();
        validator.Validate(null, new BackgroundJobOptions { LeaseDuration = TimeSpan.FromSeconds(11) }).Failed.ShouldBeTrue();
    }

    private static BackgroundJobOptionsValidator Validator(OutboundCallOptions outbound) => new(Options.Create(outbound));
}
