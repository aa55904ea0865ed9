using AggregatedPayments.AuditLogging;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using AggregatedPayments.Ledger;
using AggregatedPayments.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

/// <summary>Maker-checker on one order, through the API: what waits, who may decide, what each decision does.</summary>
[Collection(HostCollection.Name)]
public sealed class PayoutApprovalFlowTests(AggregatedPaymentsWebFactory factory) : PayoutApprovalTestBase(factory)
{
    [Fact]
    public async Task Should_hold_an_order_above_the_single_threshold_until_another_user_approves_it_then_pay_it()
    {
        var m = await CreatePayoutMerchantAsync();
        await SetApprovalThresholdsAsync(m, single: 1_000_00);
        var checker = await CheckerAsync(m);

        var creation = await m.Payouts.CreateAsync(Plain("APR-1", 2_000_00, m.MerchantChannelId));
        await RunJobsAsync();
        var waiting = await m.Payouts.GetAsync(creation.Order.Id);
        var held = (await new LedgerClientProxy(m.Admin).GetBalancesAsync()).ShouldHaveSingleItem();
        var queued = (await checker.GetListAsync(new GetPayoutApprovalListInput { Status = PayoutApprovalStatus.Pending })).Items.ShouldHaveSingleItem();
        var byCreator = await Should.ThrowAsync<RemoteServiceException>(() => MakerApprovals(m).ApproveAsync(queued.Id, Because("my own")));
        var approved = await checker.ApproveAsync(queued.Id, Because("checked against the invoice"));
        await RunJobsAsync();
        var paid = await m.Payouts.GetAsync(creation.Order.Id);

        (creation.Order.State, creation.Order.AwaitingApproval).ShouldBe((PayoutState.PendingSubmission, true));
        (waiting.Order.State, waiting.Order.AwaitingApproval).ShouldBe((PayoutState.PendingSubmission, true));
        waiting.Attempts.ShouldBeEmpty();
        waiting.Postings.ShouldBeEmpty();
        (held.Available, held.Held).ShouldBe((1_000_000_00L, 0L));
        (queued.OrderId, queued.AmountMinor, queued.Currency, queued.LineCount).ShouldBe((creation.Order.Id, 2_000_00L, "CNY", 1));
        (queued.Cause, queued.ThresholdMinor, queued.RequestedBy, queued.MerchantChannelId).ShouldBe((PayoutApprovalCause.AboveSingleThreshold, 1_000_00L, MakerName, m.MerchantChannelId));
        queued.Payee.MaskedAccountNumber.ShouldBe("************7890");
        byCreator.Code.ShouldBe(PayoutApprovalsErrorCodes.ApproverIsCreator);
        (approved.Status, approved.DecidedBy, approved.DecisionReason).ShouldBe((PayoutApprovalStatus.Approved, CheckerName, "checked against the invoice"));
        (paid.Order.State, paid.Order.AwaitingApproval).ShouldBe((PayoutState.Succeeded, false));
        paid.Attempts.ShouldHaveSingleItem().MerchantChannelId.ShouldBe(m.MerchantChannelId);
        paid.History.ShouldContain(h => h.Reason == "Approved by checker: checked against the invoice" && h.Actor == CheckerName);
        (await checker.GetListAsync(new GetPayoutApprovalListInput { Status = PayoutApprovalStatus.Pending })).Items.ShouldBeEmpty();
        (await LedgerInvariants.FindViolationsAsync(Factory.Services)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_record_the_decision_and_its_reason_in_the_audit_log()
    {
        var m = await CreatePayoutMerchantAsync();
        await SetApprovalThresholdsAsync(m, single: 1_000_00);
        var checker = await CheckerAsync(m);
        var order = (await m.Payouts.CreateAsync(Plain("APR-AUDIT-1", 1_500_00))).Order;

        var approval = await checker.ApproveAsync((await PendingApprovalOfAsync(checker, order.Id)).Id, Because("budget line 7"));
        var rows = await new AuditLogClientProxy(m.Admin).GetListAsync(new GetAuditLogListInput { HttpMethod = "POST", UrlContains = "/api/payout-approvals/" });

        var row = rows.Items.ShouldHaveSingleItem();
        (row.UserName, row.StatusCode).ShouldBe((CheckerName, 200));
        var change = row.EntityChanges.Single(c => c.EntityType.Contains(nameof(PayoutApproval)));
        change.EntityId.ShouldBe(approval.Id.ToString());
        change.PropertyChanges.ShouldContain("budget line 7");
        change.PropertyChanges.ShouldContain(nameof(PayoutApprovalStatus.Approved));
    }

    [Fact]
    public async Task Should_cancel_a_rejected_order_with_the_reason_in_its_history_holding_and_sending_nothing()
    {
        var m = await CreatePayoutMerchantAsync();
        await SetApprovalThresholdsAsync(m, single: 1_000_00);
        var checker = await CheckerAsync(m);
        var order = (await m.Payouts.CreateAsync(Plain("APR-REJECT-1", 3_000_00))).Order;

        var rejected = await checker.RejectAsync((await PendingApprovalOfAsync(checker, order.Id)).Id, Because("paid by cheque already"));
        await RunJobsAsync();
        var detail = await m.Payouts.GetAsync(order.Id);
        var audit = await new AuditLogClientProxy(m.Admin).GetListAsync(new GetAuditLogListInput { HttpMethod = "POST", UrlContains = "/reject" });

        (rejected.Status, rejected.DecisionReason, rejected.OrderState).ShouldBe((PayoutApprovalStatus.Rejected, "paid by cheque already", PayoutState.Cancelled));
        (detail.Order.State, detail.Order.AwaitingApproval).ShouldBe((PayoutState.Cancelled, false));
        detail.History[^1].Reason.ShouldBe("Rejected by checker: paid by cheque already");
        detail.Attempts.ShouldBeEmpty();
        detail.Postings.ShouldBeEmpty();
        audit.Items.ShouldHaveSingleItem().EntityChanges.ShouldContain(c => c.PropertyChanges.Contains("paid by cheque already"));
        (await LedgerInvariants.FindViolationsAsync(Factory.Services)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_start_an_order_at_or_below_the_thresholds_at_once()
    {
        var m = await CreatePayoutMerchantAsync();
        await SetApprovalThresholdsAsync(m, single: 1_000_00, daily: 5_000_00);

        var creation = await m.Payouts.CreateAsync(Plain("APR-BELOW-1", 1_000_00));
        await RunJobsAsync();

        (creation.Order.State, creation.Order.AwaitingApproval).ShouldBe((PayoutState.Submitting, false));
        (await m.Payouts.GetAsync(creation.Order.Id)).Order.State.ShouldBe(PayoutState.Succeeded);
        (await MakerApprovals(m).GetListAsync(new GetPayoutApprovalListInput())).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_void_the_approval_on_a_correction_and_ask_again_when_the_corrected_order_is_reinitiated()
    {
        var m = await CreatePayoutMerchantAsync();
        await SetApprovalThresholdsAsync(m, single: 1_000_00);
        var checker = await CheckerAsync(m);
        var order = (await m.Payouts.CreateAsync(Plain("APR-FIX-1", 2_000_13, m.MerchantChannelId))).Order;
        var first = await checker.ApproveAsync((await PendingApprovalOfAsync(checker, order.Id)).Id, Because("ok"));
        await RunJobsAsync();

        // The same content again needs no new approval; it fails again at the sandbox's bank.
        var retried = await m.Payouts.ReinitiateAsync(order.Id, new ReinitiatePayoutDto { MerchantChannelId = m.MerchantChannelId });
        await RunJobsAsync();
        Factory.Clock.Advance(TimeSpan.FromMilliseconds(10));
        await m.Payouts.CorrectAsync(order.Id, new CorrectPayoutDto { Lines = [new CorrectPayoutLineDto { LineNumber = 1, AmountMinor = 2_000_00 }], Reason = "amount typo" });
        var voided = await checker.GetAsync(first.Id);
        var reinitiated = await m.Payouts.ReinitiateAsync(order.Id, new ReinitiatePayoutDto { MerchantChannelId = m.MerchantChannelId });
        var second = await PendingApprovalOfAsync(checker, order.Id);
        await checker.ApproveAsync(second.Id, Because("corrected amount checked"));
        await RunJobsAsync();
        var paid = await m.Payouts.GetAsync(order.Id);

        retried.Order.AwaitingApproval.ShouldBeFalse();
        retried.Attempts.Count.ShouldBe(2);
        (voided.Status, voided.VoidedBy, voided.VoidReason).ShouldBe((PayoutApprovalStatus.Voided, MakerName, "Corrected: amount typo"));
        (voided.DecidedBy, voided.DecisionReason).ShouldBe((CheckerName, "ok"));
        (reinitiated.Order.State, reinitiated.Order.AwaitingApproval).ShouldBe((PayoutState.PendingSubmission, true));
        reinitiated.Attempts.Count.ShouldBe(2);
        (second.AmountMinor, second.RequestedBy).ShouldBe((2_000_00L, MakerName));
        paid.Order.State.ShouldBe(PayoutState.Succeeded);
        paid.Attempts.Select(a => a.State).ShouldBe([PayoutState.Failed, PayoutState.Failed, PayoutState.Succeeded]);
        (await LedgerInvariants.FindViolationsAsync(Factory.Services)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_and_void_an_approval_whose_order_changed_behind_it()
    {
        var m = await CreatePayoutMerchantAsync();
        await SetApprovalThresholdsAsync(m, single: 1_000_00);
        var checker = await CheckerAsync(m);
        var order = (await m.Payouts.CreateAsync(Plain("APR-CHANGED-1", 2_500_00))).Order;
        var approval = await PendingApprovalOfAsync(checker, order.Id);
        await ChangeLineContentInTheDatabaseAsync(m, order.Id);

        var refused = await Should.ThrowAsync<RemoteServiceException>(() => checker.ApproveAsync(approval.Id, Because("looks fine")));
        await RunJobsAsync();
        var detail = await m.Payouts.GetAsync(order.Id);

        refused.Code.ShouldBe(PayoutApprovalsErrorCodes.ContentChanged);
        (await checker.GetAsync(approval.Id)).Status.ShouldBe(PayoutApprovalStatus.Voided);
        (detail.Order.State, detail.Order.AwaitingApproval).ShouldBe((PayoutState.PendingSubmission, false));
        detail.Attempts.ShouldBeEmpty();
        detail.Postings.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_void_the_open_approval_when_the_maker_cancels_the_order()
    {
        var m = await CreatePayoutMerchantAsync();
        await SetApprovalThresholdsAsync(m, single: 1_000_00);
        var checker = await CheckerAsync(m);
        var order = (await m.Payouts.CreateAsync(Plain("APR-CANCEL-1", 1_200_00))).Order;
        var approval = await PendingApprovalOfAsync(checker, order.Id);

        var cancelled = await m.Payouts.CancelAsync(order.Id, new CancelPayoutDto { Reason = "wrong payee" });
        var refused = await Should.ThrowAsync<RemoteServiceException>(() => checker.ApproveAsync(approval.Id, Because("late")));

        (cancelled.Order.State, cancelled.Order.AwaitingApproval).ShouldBe((PayoutState.Cancelled, false));
        (await checker.GetAsync(approval.Id)).Status.ShouldBe(PayoutApprovalStatus.Voided);
        refused.Code.ShouldBe(PayoutApprovalsErrorCodes.NotPending);
    }

    // A change that went around the correction path (and so around its voiding): straight in the database.
    private async Task ChangeLineContentInTheDatabaseAsync(PayoutMerchant m, Guid orderId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(m.Merchant.Id);
        await scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>().Set<PayoutLine>()
            .Where(l => l.OrderId == orderId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Remark, "changed").SetProperty(l => l.ContentHash, new string('0', PayoutConsts.ContentHashLength)));
    }
}
