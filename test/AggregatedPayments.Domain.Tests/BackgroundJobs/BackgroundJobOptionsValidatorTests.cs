using Shouldly;
using Xunit;

namespace AggregatedPayments.BackgroundJobs;

public sealed class BackgroundJobOptionsValidatorTests
{
    [Fact]
    public void Should_accept_the_defaults()
    {
        new BackgroundJobOptionsValidator().Validate(null, new BackgroundJobOptions()).Succeeded.ShouldBeTrue();
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

        var result = new BackgroundJobOptionsValidator().Validate(null, options);

        result.Failed.ShouldBeTrue();
        result.Failures!.Select(f => f.Split(' ')[0]).ShouldBe(
        [
            "BackgroundJobs:PollInterval", "BackgroundJobs:LeaseDuration", "BackgroundJobs:BatchSize",
            "BackgroundJobs:MaxTries", "BackgroundJobs:MaxRetryDelay"
        ]);
    }
}
