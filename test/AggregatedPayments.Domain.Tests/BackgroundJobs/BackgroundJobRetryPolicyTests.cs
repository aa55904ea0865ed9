using Shouldly;
using Xunit;

namespace AggregatedPayments.BackgroundJobs;

public sealed class BackgroundJobRetryPolicyTests
{
    private static readonly DateTime Now = new(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc);

    private readonly BackgroundJobRetryPolicy _policy = new(new BackgroundJobOptions
    {
        MaxTries = 20,
        FirstRetryDelay = TimeSpan.FromSeconds(30),
        MaxRetryDelay = TimeSpan.FromMinutes(10)
    });

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(5, 480)]
    [InlineData(6, 600)]
    [InlineData(19, 600)]
    public void Should_double_the_wait_after_each_failure_up_to_the_cap(int tryCount, int seconds)
    {
        var failure = _policy.AfterFailedTry(tryCount, Now, "boom");

        failure.Abandon.ShouldBeFalse();
        failure.NextTryTime.ShouldBe(Now.AddSeconds(seconds));
    }

    [Fact]
    public void Should_keep_the_cap_without_overflowing_after_very_many_tries()
    {
        _policy.DelayAfter(10_000).ShouldBe(TimeSpan.FromMinutes(10));
    }

    [Theory]
    [InlineData(20)]
    [InlineData(21)]
    public void Should_abandon_once_the_last_allowed_try_failed(int tryCount)
    {
        var failure = _policy.AfterFailedTry(tryCount, Now, "boom");

        failure.Abandon.ShouldBeTrue();
        failure.Error.ShouldBe("boom");
    }

    [Fact]
    public void Should_truncate_a_long_error_to_the_column()
    {
        var failure = _policy.AfterFailedTry(1, Now, new string('x', BackgroundJobConsts.MaxLastErrorLength + 100));

        failure.Error.Length.ShouldBe(BackgroundJobConsts.MaxLastErrorLength);
    }
}
