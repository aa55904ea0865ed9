using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Payouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Routing;

/// <summary>
/// The daily usage rows that replace summing the day's attempts: a failure gives its amount back to the day it
/// was taken from, the merchant's midnight starts a new row, and concurrent starts never pass the limit together.
/// </summary>
public sealed class DailyUsageTests : IAsyncLifetime
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private SubmissionScenario _s = null!;
    private Guid _merchant;
    private Guid _limited;

    public async Task InitializeAsync()
    {
        _s = await SubmissionScenario.CreateAsync();
        _merchant = await _s.CreateMerchantAsync("M-USE");
        _limited = await _s.OpenSandboxChannelAsync(_merchant, "SBX-USE", dailyLimitMinor: 100_00);
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task Should_give_a_failed_attempts_amount_back_to_the_days_limit()
    {
        // Amounts ending in 13 fail at the sandbox after acceptance.
        var failing = await _s.CreateOrderAsync(_merchant, "USE-1", 80_13);
        await _s.StartAsync(_merchant, failing, _limited);
        (await UsedAsync(_s.UtcNow)).ShouldBe(80_13);

        await _s.RunJobsAsync();

        (await _s.LoadAsync(_merchant, failing)).State.ShouldBe(PayoutState.Failed);
        (await UsedAsync(_s.UtcNow)).ShouldBe(0);
        var next = await _s.StartAsync(_merchant, await _s.CreateOrderAsync(_merchant, "USE-2", 90_00), _limited);
        next.MerchantChannelId.ShouldBe(_limited);
        (await UsedAsync(_s.UtcNow)).ShouldBe(90_00);
        await _s.RunJobsAsync();
        await _s.AssertMoneyAsync(_merchant, _limited);
    }

    [Fact]
    public async Task Should_start_a_new_day_at_the_merchants_midnight_and_release_a_failure_to_the_day_it_was_taken_from()
    {
        // 08:00 UTC is 16:00 in Shanghai; eight hours on it is the next day there.
        var yesterday = _s.UtcNow;
        var failing = await _s.CreateOrderAsync(_merchant, "ROLL-1", 80_13);
        await _s.StartAsync(_merchant, failing, _limited);
        _s.Database.Clock.Advance(TimeSpan.FromHours(8));
        await _s.StartAsync(_merchant, await _s.CreateOrderAsync(_merchant, "ROLL-2", 90_00), _limited);
        (await UsedAsync(yesterday), await UsedAsync(_s.UtcNow)).ShouldBe((80_13L, 90_00L));

        await _s.RunJobsAsync();

        (await _s.LoadAsync(_merchant, failing)).State.ShouldBe(PayoutState.Failed);
        (await UsedAsync(yesterday), await UsedAsync(_s.UtcNow)).ShouldBe((0L, 90_00L));
        var beyond = await _s.CreateOrderAsync(_merchant, "ROLL-3", 20_00);
        var refused = await Should.ThrowAsync<BusinessException>(() => _s.StartAsync(_merchant, beyond, _limited));
        refused.Code.ShouldBe(RoutingErrorCodes.NoEligibleChannel);
        await _s.AssertMoneyAsync(_merchant, _limited);
    }

    [Fact]
    public async Task Should_never_let_concurrent_starts_together_pass_the_daily_limit()
    {
        // The day's row exists (the steady state); 90.00 of room is left for four starts of 30.00 at once.
        await _s.StartAsync(_merchant, await _s.CreateOrderAsync(_merchant, "RACE-0", 10_00), _limited);
        var orders = new List<Guid>();
        for (var i = 1; i <= 4; i++)
        {
            orders.Add(await _s.CreateOrderAsync(_merchant, "RACE-" + i, 30_00));
        }

        var outcomes = await Task.WhenAll(orders.Select(id => Task.Run(async () =>
        {
            try
            {
                await _s.StartAsync(_merchant, id, _limited);
                return null;
            }
            catch (BusinessException refused)
            {
                return refused.Code;
            }
        })));

        outcomes.Count(o => o is null).ShouldBe(3);
        outcomes.Where(o => o is not null).ShouldAllBe(o => o == RoutingErrorCodes.NoEligibleChannel);
        (await UsedAsync(_s.UtcNow)).ShouldBe(100_00);
        var started = 0L;
        foreach (var id in orders)
        {
            started += (await _s.LoadAsync(_merchant, id)).Attempts.Sum(a => a.AmountMinor);
        }

        started.ShouldBe(90_00);
        (await _s.BalanceAsync(_merchant, _limited)).Held.ShouldBe(100_00);
    }

    [Fact]
    public async Task Should_make_the_days_row_again_when_a_rolled_back_savepoint_took_it_with_it()
    {
        // A payroll chunk starts each order behind a savepoint: an order refused after its charge takes the day's new row back out.
        var dayStartUtc = MerchantDay.Containing(_s.UtcNow, Shanghai).StartUtc;
        var charged = await _s.InTenantAsync(_merchant, async services =>
        {
            var database = services.GetRequiredService<AggregatedPaymentsDbContext>().Database;
            var store = services.GetRequiredService<IDailyUsageStore>();
            await using var transaction = await database.BeginTransactionAsync();
            await transaction.CreateSavepointAsync("order");
            (await store.TryChargeAsync(_limited, dayStartUtc, 40_00, 100_00, CancellationToken.None)).ShouldBeTrue();
            await transaction.RollbackToSavepointAsync("order");

            var again = await store.TryChargeAsync(_limited, dayStartUtc, 30_00, 100_00, CancellationToken.None);
            await transaction.CommitAsync();
            return again;
        });

        charged.ShouldBeTrue();
        (await UsedAsync(_s.UtcNow)).ShouldBe(30_00);
    }

    private Task<long> UsedAsync(DateTime utc) =>
        _s.InTenantAsync(_merchant, async services =>
            (await services.GetRequiredService<IDailyUsageStore>().LoadAsync([_limited], MerchantDay.Containing(utc, Shanghai).StartUtc, CancellationToken.None))
            .GetValueOrDefault(_limited));
}
