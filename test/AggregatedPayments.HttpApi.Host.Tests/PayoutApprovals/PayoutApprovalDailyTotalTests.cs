using AggregatedPayments.Channels;
using AggregatedPayments.Data;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Hosting;
using AggregatedPayments.Ledger;
using AggregatedPayments.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

/// <summary>
/// The daily threshold: counted over the merchant's own day, so that splitting one payment into several
/// does not get around it, and decided one order after the other, so that orders made at once do not either.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class PayoutApprovalDailyTotalTests(AggregatedPaymentsWebFactory factory) : PayoutApprovalTestBase(factory)
{
    [Fact]
    public async Task Should_hold_the_split_order_that_takes_the_day_total_past_the_daily_threshold()
    {
        var m = await CreatePayoutMerchantAsync();
        await SetApprovalThresholdsAsync(m, single: 600_00, daily: 1_000_00);

        var first = await m.Payouts.CreateAsync(Plain("SPLIT-1", 400_00));
        var second = await m.Payouts.CreateAsync(Plain("SPLIT-2", 400_00));
        var third = await m.Payouts.CreateAsync(Plain("SPLIT-3", 400_00));
        var waiting = await m.Payouts.GetListAsync(new GetPayoutListInput { AwaitingApproval = true });
        var approval = await PendingApprovalOfAsync(MakerApprovals(m), third.Order.Id);

        first.Order.AwaitingApproval.ShouldBeFalse();
        second.Order.AwaitingApproval.ShouldBeFalse();
        (third.Order.State, third.Order.AwaitingApproval).ShouldBe((PayoutState.PendingSubmission, true));
        waiting.Items.ShouldHaveSingleItem().Id.ShouldBe(third.Order.Id);
        (approval.Cause, approval.ThresholdMinor, approval.DayTotalMinor, approval.AmountMinor).ShouldBe((PayoutApprovalCause.AboveDailyThreshold, 1_000_00L, (long?)800_00, 400_00L));
    }

    [Fact]
    public async Task Should_start_a_new_day_total_at_the_merchants_midnight()
    {
        var zone = MoveClockToFiveMinutesBeforeMidnightInAZoneOtherThanUtc();
        var m = await CreatePayoutMerchantAsync();
        await SetApprovalThresholdsAsync(m, daily: 1_000_00, timeZone: zone);

        var lateEvening = await m.Payouts.CreateAsync(Plain("TZ-1", 700_00));
        var pastTheDaily = await m.Payouts.CreateAsync(Plain("TZ-2", 400_00));
        Factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var nextMorning = await m.Payouts.CreateAsync(Plain("TZ-3", 700_00));

        lateEvening.Order.AwaitingApproval.ShouldBeFalse();
        pastTheDaily.Order.AwaitingApproval.ShouldBeTrue();
        (nextMorning.Order.State, nextMorning.Order.AwaitingApproval).ShouldBe((PayoutState.Submitting, false));
    }

    [Fact]
    public async Task Should_decide_two_orders_checked_at_once_one_after_the_other_so_both_cannot_slip_under()
    {
        var m = await CreatePayoutMerchantAsync();
        await SetApprovalThresholdsAsync(m, daily: 1_000_00);
        using var tenant = Factory.Services.GetRequiredService<ICurrentTenant>().Change(m.Merchant.Id);
        var firstId = await CreatePendingOrderAsync("RACE-1", 600_00);
        var secondId = await CreatePendingOrderAsync("RACE-2", 600_00);

        bool firstHeld, secondHeld;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            var first = (await scope.ServiceProvider.GetRequiredService<IPayoutOrderStore>().FindAsync(firstId, default))!;
            await using var transaction = await unitOfWork.BeginTransactionAsync();
            firstHeld = await StartUnlessHeldAsync(scope.ServiceProvider, first);
            await unitOfWork.SaveChangesAsync();

            // The second check runs while the first one's transaction is still open, and must wait for it.
            var racing = Task.Run(() => StartInItsOwnTransactionAsync(secondId));
            await WaitUntilWaitingOnTheMerchantLockAsync(racing);
            await transaction.CommitAsync();
            secondHeld = await racing;
        }

        var started = (await m.Payouts.GetAsync(firstId)).Order;
        var waiting = (await m.Payouts.GetAsync(secondId)).Order;
        firstHeld.ShouldBeFalse();
        secondHeld.ShouldBeTrue();
        started.State.ShouldBe(PayoutState.Submitting);
        (waiting.State, waiting.AwaitingApproval).ShouldBe((PayoutState.PendingSubmission, true));
        (await PendingApprovalOfAsync(MakerApprovals(m), secondId)).DayTotalMinor.ShouldBe(600_00);
    }

    [Fact]
    public async Task Should_let_only_as_many_orders_created_at_once_start_as_fit_under_the_daily_threshold()
    {
        var m = await CreatePayoutMerchantAsync();
        await SetApprovalThresholdsAsync(m, daily: 1_000_00);

        var created = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => m.Payouts.CreateAsync(Plain($"AT-ONCE-{i}", 400_00))));
        await RunJobsAsync();

        created.Count(c => !c.Order.AwaitingApproval).ShouldBe(2);
        created.Count(c => c.Order.AwaitingApproval).ShouldBe(2);
        (await MakerApprovals(m).GetListAsync(new GetPayoutApprovalListInput { Status = PayoutApprovalStatus.Pending })).TotalCount.ShouldBe(2);
        (await new LedgerClientProxy(m.Admin).GetBalancesAsync()).ShouldHaveSingleItem().PaidOut.ShouldBe(800_00);
        (await LedgerInvariants.FindViolationsAsync(Factory.Services)).ShouldBeEmpty();
    }

    // A whole-hour zone where it is now between 22:00 and 23:00 (or 21:00 and 22:00 rather than UTC itself,
    // so that a UTC day would end elsewhere), the clock then moved to 23:55 there. Tokens are taken afterwards.
    private string MoveClockToFiveMinutesBeforeMidnightInAZoneOtherThanUtc()
    {
        var utc = Factory.Clock.GetUtcNow().UtcDateTime;
        var offset = (22 - utc.Hour + 24) % 24;
        offset = offset > 14 ? offset - 24 : offset == 0 ? -1 : offset;
        var local = utc.AddHours(offset);
        Factory.Clock.Advance(local.Date.AddHours(23).AddMinutes(55) - local);

        // POSIX signs: Etc/GMT-8 is eight hours ahead of UTC.
        return offset > 0 ? $"Etc/GMT-{offset}" : $"Etc/GMT+{-offset}";
    }

    private async Task<Guid> CreatePendingOrderAsync(string reference, long minor)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var payee = new PayeeDetails(AccountNumber, "张三", PayeeAccountType.BankCard, "ICBC", "工商银行");
        var creation = await scope.ServiceProvider.GetRequiredService<PayoutOrderManager>()
            .CreateAsync([new PayoutLineRequest(reference, new Money(minor, "CNY"), payee, "Salary")], MakerName, default);
        return creation.OrderId;
    }

    private async Task<bool> StartInItsOwnTransactionAsync(Guid orderId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var order = (await scope.ServiceProvider.GetRequiredService<IPayoutOrderStore>().FindAsync(orderId, default))!;
        await using var transaction = await unitOfWork.BeginTransactionAsync();
        var held = await StartUnlessHeldAsync(scope.ServiceProvider, order);
        await unitOfWork.SaveChangesAsync();
        await transaction.CommitAsync();
        return held;
    }

    // What every start path does: the gate first in the transaction, the attempt only when the order need not wait.
    private static async Task<bool> StartUnlessHeldAsync(IServiceProvider services, PayoutOrder order)
    {
        var held = await services.GetRequiredService<PayoutApprovalGate>().HoldForApprovalIfNeededAsync(order, MakerName, null, default);
        if (!held)
        {
            await services.GetRequiredService<IPayoutSubmitter>().StartAsync(order, null, MakerName, default);
        }

        return held;
    }

    // On MariaDB the racing check is seen blocked on the merchant's row; SQLite's BEGIN IMMEDIATE already
    // serialises whole transactions, so there is nothing to watch. Without the lock the check would finish
    // instead, and the assertions on its answer fail.
    private async Task WaitUntilWaitingOnTheMerchantLockAsync(Task racing)
    {
        if (!TestDatabaseSettings.IsMySql)
        {
            return;
        }

        await using var scope = Factory.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>().Database;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!racing.IsCompleted && DateTime.UtcNow < deadline)
        {
            var waiting = await database.SqlQueryRaw<long>(
                    "SELECT COUNT(*) AS `Value` FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID() AND DB = DATABASE() AND INFO LIKE 'UPDATE `Merchants`%'")
                .SingleAsync();
            if (waiting > 0)
            {
                return;
            }
        }
    }
}
