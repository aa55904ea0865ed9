using Microsoft.Extensions.Time.Testing;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Interception;

public sealed class RateLimitCounterTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Should_align_windows_to_the_clock_so_the_wait_is_exact()
    {
        var counter = new RateLimitCounter(_clock);
        var rule = Guid.NewGuid();
        _clock.Advance(TimeSpan.FromSeconds(9.5));

        counter.TryAcquire(rule, "a", 1, TimeSpan.FromSeconds(10)).ShouldBeNull();
        counter.TryAcquire(rule, "a", 1, TimeSpan.FromSeconds(10)).ShouldBe(TimeSpan.FromSeconds(0.5));
        _clock.Advance(TimeSpan.FromSeconds(0.5));
        counter.TryAcquire(rule, "a", 1, TimeSpan.FromSeconds(10)).ShouldBeNull();
    }

    [Fact]
    public void Should_forget_clients_that_went_quiet_and_count_them_afresh_when_they_return()
    {
        var counter = new RateLimitCounter(_clock);
        var rule = Guid.NewGuid();
        counter.TryAcquire(rule, "quiet", 1, TimeSpan.FromSeconds(1)).ShouldBeNull();
        counter.TryAcquire(rule, "quiet", 1, TimeSpan.FromSeconds(1)).ShouldNotBeNull();

        _clock.Advance(TimeSpan.FromMinutes(2));
        counter.TryAcquire(rule, "other", 1, TimeSpan.FromSeconds(1)).ShouldBeNull();

        counter.TrackedWindowCount.ShouldBe(1);
        counter.TryAcquire(rule, "quiet", 1, TimeSpan.FromSeconds(1)).ShouldBeNull();
    }

    [Fact]
    public async Task Should_grant_exactly_the_limit_under_concurrent_requests()
    {
        var counter = new RateLimitCounter(_clock);
        var rule = Guid.NewGuid();

        var results = await Task.WhenAll(Enumerable.Range(0, 400).Select(_ => Task.Run(() => counter.TryAcquire(rule, "burst", 100, TimeSpan.FromMinutes(1)))));

        results.Count(r => r is null).ShouldBe(100);
    }
}
