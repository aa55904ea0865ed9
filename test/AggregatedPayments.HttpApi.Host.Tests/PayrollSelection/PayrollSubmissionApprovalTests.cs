using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using AggregatedPayments.Ledger;
using AggregatedPayments.Payouts;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Orders a payroll submission makes pass the same approval gate as orders created through the payouts API:
/// the submitting clerk is their maker, the single and the daily threshold hold them, and they start once
/// another user approves.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class PayrollSubmissionApprovalTests(AggregatedPaymentsWebFactory factory) : PayrollSelectionTestBase(factory)
{
    private const string CheckerName = "checker";

    [Fact]
    public async Task Should_hold_the_orders_above_the_single_threshold_until_another_user_approves_them()
    {
        var m = await CreatePayrollMerchantAsync();
        await ApprovalThresholds.SetAsync(Factory.Services, m, single: 1_000_00);
        var checker = await CheckerAsync(m);

        // Payee 1's two lines aggregate to 1,200.00: above the threshold though each line is below it.
        var ids = await AddItemsAsync(m, Item("APRP-1A", 600_00, 1), Item("APRP-1B", 600_00, 1), Item("APRP-2", 900_00, 2));
        var submission = await Submissions(m).CreateAsync(ByIds(ids));
        await RunJobsAsync();
        var done = await Submissions(m).GetAsync(submission.Id);
        var orders = await AllOrdersAsync(m);
        var held = orders.Single(o => o.AmountMinor == 1_200_00);
        var queued = (await checker.GetListAsync(new GetPayoutApprovalListInput { Status = PayoutApprovalStatus.Pending })).Items.ShouldHaveSingleItem();
        var balanceWhileHeld = (await new LedgerClientProxy(m.Admin).GetBalancesAsync()).ShouldHaveSingleItem();
        var bySubmitter = await Should.ThrowAsync<RemoteServiceException>(() => new PayoutApprovalClientProxy(m.Admin).ApproveAsync(queued.Id, new DecidePayoutApprovalDto { Reason = "my own" }));
        await checker.ApproveAsync(queued.Id, new DecidePayoutApprovalDto { Reason = "payroll checked" });
        await RunJobsAsync();
        var paid = await m.Payouts.GetAsync(held.Id);

        (done.Status, done.OrderCount, done.StartedCount, done.AwaitingApprovalCount, done.FailedToStartCount).ShouldBe((PayrollSubmissionStatus.Completed, 2, 1, 1, 0));
        (held.State, held.AwaitingApproval).ShouldBe((PayoutState.PendingSubmission, true));
        orders.Single(o => o.AmountMinor == 900_00).State.ShouldBe(PayoutState.Succeeded);
        (queued.OrderId, queued.Cause, queued.LineCount, queued.MerchantChannelId).ShouldBe((held.Id, PayoutApprovalCause.AboveSingleThreshold, 2, (Guid?)null));
        (balanceWhileHeld.Available, balanceWhileHeld.Held).ShouldBe((1_000_000_00L - 900_00, 0L));
        bySubmitter.Code.ShouldBe(PayoutApprovalsErrorCodes.ApproverIsCreator);
        (paid.Order.State, paid.Order.AwaitingApproval).ShouldBe((PayoutState.Succeeded, false));
        paid.Order.MerchantReferences.ShouldBe(["APRP-1A", "APRP-1B"]);
        await LedgerInvariantsHoldAsync();
    }

    [Fact]
    public async Task Should_hold_the_orders_of_a_submission_that_take_the_day_total_past_the_daily_threshold()
    {
        var m = await CreatePayrollMerchantAsync();
        await ApprovalThresholds.SetAsync(Factory.Services, m, single: 1_000_00, daily: 1_000_00);

        // Four payouts of 400.00, each under the single threshold: the first two fit the day (800.00), the other two would pass 1,000.00.
        var ids = await AddItemsAsync(m, Item("APRD-1", 400_00, 1), Item("APRD-2", 400_00, 2), Item("APRD-3", 400_00, 3), Item("APRD-4", 400_00, 4));
        var submission = await Submissions(m).CreateAsync(ByIds(ids, merchantChannelId: m.MerchantChannelId));
        await RunJobsAsync();
        var done = await Submissions(m).GetAsync(submission.Id);
        var orders = await AllOrdersAsync(m);

        (done.StartedCount, done.AwaitingApprovalCount).ShouldBe((2, 2));
        orders.Count(o => o.State == PayoutState.Succeeded).ShouldBe(2);
        orders.Where(o => o.AwaitingApproval).ShouldAllBe(o => o.State == PayoutState.PendingSubmission);
        orders.Count(o => o.AwaitingApproval).ShouldBe(2);
        var approvals = await new PayoutApprovalClientProxy(m.Admin).GetListAsync(new GetPayoutApprovalListInput { Status = PayoutApprovalStatus.Pending });
        approvals.Items.ShouldAllBe(a => a.Cause == PayoutApprovalCause.AboveDailyThreshold && a.MerchantChannelId == m.MerchantChannelId);
        await LedgerInvariantsHoldAsync();
    }

    private async Task<PayoutApprovalClientProxy> CheckerAsync(PayoutMerchant m)
    {
        await CreateUserWithPermissionsAsync(m.Admin, CheckerName, PayoutApprovalPermissions.View, PayoutApprovalPermissions.Approve);
        return new PayoutApprovalClientProxy(await LoginAsync(m.Merchant.Code, CheckerName, DefaultPassword));
    }
}
