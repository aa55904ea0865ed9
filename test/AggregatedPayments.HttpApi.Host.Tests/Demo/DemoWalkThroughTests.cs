using System.Net.Http.Json;
using AggregatedPayments.Http;
using AggregatedPayments.Ledger;
using AggregatedPayments.Notifications;
using AggregatedPayments.Payouts;
using AggregatedPayments.Payroll;
using AggregatedPayments.Payroll.DataSources;
using AggregatedPayments.Withdrawals;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Demo;

/// <summary>
/// The README's "Try the demo", through the API on a host started with Demo:Enabled: the clerk pulls the demo
/// payroll from the host's own data source and submits it aggregated, the admin approves what is above the
/// threshold, every order ends as the sandbox decides, the host's demo receiver gets each notification signed,
/// and a withdrawal to a card the clerk registered and the admin confirmed moves the balance.
/// </summary>
public sealed class DemoWalkThroughTests(DemoWebFactory factory) : DemoTestBase(factory), IClassFixture<DemoWebFactory>
{
    [Fact]
    public async Task Should_pull_submit_approve_settle_notify_and_withdraw_as_the_readme_walks_through()
    {
        var clerk = await ClerkAsync();
        var admin = await AdminAsync();
        var opening = (await new LedgerClientProxy(clerk).GetBalancesAsync()).ShouldHaveSingleItem();

        // Pull the demo payroll: 48 valid lines, two refused with their reasons.
        var source = (await new PayrollDataSourceClientProxy(clerk).GetListAsync(new GetPayrollDataSourceListInput())).Items.ShouldHaveSingleItem();
        var started = await new PayrollDataSourceClientProxy(clerk).PullAsync(source.Id);
        await Factory.RunJobsAsync();
        var intake = await new PayrollIntakeClientProxy(clerk).GetAsync(started.Id);
        var errors = await new PayrollIntakeClientProxy(clerk).GetErrorsAsync(intake.Id, new GetPayrollIntakeErrorListInput());

        // Preview and submit everything aggregated, as the clerk.
        var all = new CreatePayrollSubmissionDto { Selection = new PayrollSelectionDto { AllPending = true }, Aggregate = true };
        var preview = await new PayrollSubmissionClientProxy(clerk).PreviewAsync(all);
        var submission = await new PayrollSubmissionClientProxy(clerk).CreateAsync(all);
        await Factory.RunJobsAsync();
        var submitted = await AllOrdersAsync(clerk);

        // Above 5,000.00 an order waits for someone other than the clerk who made it.
        var waiting = submitted.Where(o => o.AmountMinor > DemoNames.ApprovalSingleMinor).ToList();
        var approvals = new PayoutApprovalClientProxy(admin);
        var queue = (await approvals.GetListAsync(new GetPayoutApprovalListInput { Status = PayoutApprovalStatus.Pending })).Items;
        var byClerk = await Should.ThrowAsync<RemoteServiceException>(() => new PayoutApprovalClientProxy(clerk).ApproveAsync(queue[0].Id, Because("my own")));
        foreach (var approval in queue)
        {
            await approvals.ApproveAsync(approval.Id, Because("checked against the payroll sheet"));
        }

        var orders = await SettleAsync(clerk);
        var paid = orders.Where(o => o.State == PayoutState.Succeeded).Sum(o => o.AmountMinor);

        // The notifications, as the platform records them and as the demo's receiver got them.
        var notifications = await new MerchantNotificationClientProxy(clerk).GetListAsync(new GetMerchantNotificationListInput { MaxResultCount = 200 });
        var firstDetail = await new MerchantNotificationClientProxy(clerk).GetAsync(notifications.Items[0].Id);
        var received = await Factory.CreateClient().GetFromJsonAsync<List<DemoReceivedNotification>>("/demo/notifications");

        // A card registered by the clerk and confirmed by the admin, then a withdrawal to it.
        var card = await new WithdrawalCardClientProxy(clerk).RequestAsync(new RequestWithdrawalCardDto
        {
            MerchantChannelId = opening.MerchantChannelId, AccountNumber = "6222028888000015", AccountName = DemoNames.MerchantName, BankCode = "ICBC"
        });
        var confirmedByClerk = await Should.ThrowAsync<RemoteServiceException>(() => new WithdrawalCardClientProxy(clerk).ConfirmAsync(card.Id, new DecideWithdrawalCardDto()));
        await new WithdrawalCardClientProxy(admin).ConfirmAsync(card.Id, new DecideWithdrawalCardDto { Reason = "matches the bank letter" });
        var withdrawal = await new WithdrawalClientProxy(clerk).CreateAsync(new CreateWithdrawalDto
        {
            MerchantChannelId = opening.MerchantChannelId, MerchantReference = "WD-001", AmountMinor = 1_000_00, Currency = DemoNames.Currency
        });
        await SettleAsync(clerk);
        var withdrawn = await new WithdrawalClientProxy(clerk).GetAsync(withdrawal.Order.Id);
        var balance = (await new LedgerClientProxy(clerk).GetBalancesAsync()).ShouldHaveSingleItem();

        // A restart seeds again: nothing the walk-through did is undone or duplicated.
        var before = await ReadStateAsync();
        await Factory.SeedAgainAsync();
        var after = await ReadStateAsync();

        (intake.Status, intake.CreatedCount, intake.InvalidCount).ShouldBe((PayrollIntakeStatus.Completed, 48L, 2L), intake.Failure);
        errors.Items.Select(e => e.MerchantReference).ShouldBe(DemoPayroll.InvalidReferences);
        (preview.ItemCount, preview.OrderCount).ShouldBe((48, 18));
        preview.Groups.Count(g => g.ItemCount > 1).ShouldBe(DemoPayroll.EmployeeCount);
        submission.ItemCount.ShouldBe(48);
        submitted.Count.ShouldBe(18);
        waiting.Count.ShouldBe(3);
        waiting.ShouldAllBe(o => o.AwaitingApproval && o.State == PayoutState.PendingSubmission, "payroll orders above the threshold wait for approval");
        queue.Select(a => a.OrderId).ShouldBe(waiting.Select(o => o.Id), ignoreOrder: true);
        queue.ShouldAllBe(a => a.RequestedBy == DemoNames.ClerkUserName);
        byClerk.Error.Code.ShouldBe(PayoutApprovalsErrorCodes.ApproverIsCreator);
        foreach (var order in orders)
        {
            var expected = order.AmountMinor % 100 == 13 ? PayoutState.Failed : PayoutState.Succeeded;
            order.State.ShouldBe(expected, $"order {string.Join(",", order.MerchantReferences)} of {order.AmountMinor}");
        }

        orders.Count(o => o.State == PayoutState.Failed).ShouldBe(2);
        notifications.Items.Count.ShouldBe(18);
        notifications.Items.ShouldAllBe(n => n.Status == MerchantNotificationStatus.Delivered);
        firstDetail.Attempts.ShouldHaveSingleItem().HttpStatus.ShouldBe(200);
        received.ShouldNotBeNull();
        received.ShouldAllBe(r => r.SignatureValid);
        received.Select(r => r.EventId).ShouldBe(notifications.Items.Select(n => n.Id.ToString("D")), ignoreOrder: true);
        confirmedByClerk.StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden);
        withdrawn.Order.State.ShouldBe(PayoutState.Succeeded);
        (opening.Available, opening.Held).ShouldBe((DemoNames.OpeningBalanceMinor, 0L));
        (balance.Available, balance.Held).ShouldBe((DemoNames.OpeningBalanceMinor - paid - 1_000_00, 0L));
        after.ShouldBe(before);
        (await LedgerInvariants.FindViolationsAsync(Factory.Services)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_seed_the_demo_once_however_often_the_host_starts()
    {
        var first = await ReadStateAsync();

        await Factory.SeedAgainAsync();
        await Factory.SeedAgainAsync();
        var again = await ReadStateAsync();

        again.ShouldBe(first);
        (first.SandboxChannels, first.DemoMerchants, first.MerchantChannels, first.DataSources).ShouldBe((1L, 1L, 1L, 1L));
    }

    private static DecidePayoutApprovalDto Because(string reason) => new() { Reason = reason };

    private static async Task<List<PayoutOrderDto>> AllOrdersAsync(HttpClient client) =>
        [.. (await new PayoutClientProxy(client).GetListAsync(new GetPayoutListInput { MaxResultCount = GetPayoutListInput.MaxPageSize })).Items];

    // Runs sends, queries and notifications until every order is final and no job is due, moving the clock past query delays.
    private async Task<List<PayoutOrderDto>> SettleAsync(HttpClient client)
    {
        for (var round = 0; round < 60; round++)
        {
            if (await Factory.RunJobsAsync() == 0)
            {
                var orders = await AllOrdersAsync(client);
                if (orders.All(o => PayoutStateMachine.IsFinal(o.State)))
                {
                    return orders;
                }

                Factory.Clock.Advance(TimeSpan.FromMinutes(1));
            }
        }

        throw new ShouldAssertException("The orders did not all reach a final state.");
    }
}
