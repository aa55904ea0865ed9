using AggregatedPayments.Hosting;
using AggregatedPayments.Ledger;
using AggregatedPayments.Payouts;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payroll;

/// <summary>Chosen items handed to the money core by a submission's job, and paid through the sandbox as it decides.</summary>
[Collection(HostCollection.Name)]
public sealed class PayrollSubmissionTests(AggregatedPaymentsWebFactory factory) : PayrollSelectionTestBase(factory)
{
    [Fact]
    public async Task Should_submit_chosen_items_as_aggregated_orders_and_pay_each_line_as_the_sandbox_decides()
    {
        var m = await CreatePayrollMerchantAsync();

        // Payee 1's order comes to 300.13 and payee 3's to 70.13: the sandbox's bank refuses both; payee 2's 150.00 is paid.
        var ids = await AddItemsAsync(m, Item("PAY-1A", 100_00, 1), Item("PAY-1B", 200_00, 1), Item("PAY-1C", 13, 1), Item("PAY-2", 150_00, 2), Item("PAY-3", 70_13, 3));

        var recorded = await Submissions(m).CreateAsync(ByIds(ids));
        await RunJobsAsync();
        var done = await Submissions(m).GetAsync(recorded.Id);
        var items = await AllItemsAsync(m);
        var orders = await AllOrdersAsync(m);

        (recorded.Status, recorded.ItemCount, recorded.PlannedOrderCount, recorded.Aggregate).ShouldBe((PayrollSubmissionStatus.Running, 5, 3, true));
        (done.Status, done.SubmittedItemCount, done.OrderCount, done.StartedCount, done.FailedToStartCount).ShouldBe((PayrollSubmissionStatus.Completed, 5, 3, 3, 0));
        done.EndTime.ShouldNotBeNull();
        items.ShouldAllBe(i => i.Status == PayrollItemStatus.Submitted && i.OrderId != null && i.SubmittedTime != null);
        orders.Count.ShouldBe(3);
        foreach (var order in orders)
        {
            order.MerchantReferences.ShouldBe(items.Where(i => i.OrderId == order.Id).Select(i => i.MerchantReference).Order(StringComparer.Ordinal));
            order.AmountMinor.ShouldBe(items.Where(i => i.OrderId == order.Id).Sum(i => i.AmountMinor));
            order.State.ShouldBe(order.AmountMinor % 100 == 13 ? PayoutState.Failed : PayoutState.Succeeded);
            order.Payee.MaskedAccountNumber.ShouldBe(items.First(i => i.OrderId == order.Id).AccountNumberMasked);
        }

        orders.Single(o => o.MerchantReferences.Count == 3).Kind.ShouldBe(PayoutKind.Aggregated);
        var balance = (await new LedgerClientProxy(m.Admin).GetBalancesAsync()).ShouldHaveSingleItem();
        (balance.Available, balance.Held, balance.PaidOut).ShouldBe((1_000_000_00 - 150_00, 0L, 150_00L));
        await LedgerInvariantsHoldAsync();
    }

    [Fact]
    public async Task Should_submit_by_filter_and_then_all_pending_items_skipping_the_invalid_one()
    {
        var m = await CreatePayrollMerchantAsync();
        var first = await AddItemsAsync(m, Item("FIL-1", 10_00, 1), InvalidItem("FIL-2", 20_00, 2), Item("FIL-3", 30_00, 3));
        var second = await AddItemsAsync(m, Item("ALL-1", 40_00, 4), Item("ALL-2", 50_00, 5));
        var intakeId = (await Items(m).GetAsync(first[0])).IntakeId;

        var byFilter = await Submissions(m).CreateAsync(new CreatePayrollSubmissionDto
        {
            Selection = new PayrollSelectionDto { Filter = new PayrollItemFilterDto { IntakeId = intakeId } },
            MerchantChannelId = m.MerchantChannelId
        });
        await RunJobsAsync();
        var pendingAfterFilter = (await AllItemsAsync(m, f => f.Status = PayrollItemStatus.Pending)).Select(i => i.Id).ToList();
        var all = await Submissions(m).CreateAsync(new CreatePayrollSubmissionDto { Selection = new PayrollSelectionDto { AllPending = true } });
        await RunJobsAsync();

        (byFilter.Aggregate, byFilter.SelectionKind, byFilter.ItemCount).ShouldBe((false, PayrollSelectionKind.Filter, 2));
        byFilter.Skipped.Single(s => s.Reason == PayrollSkipReason.Invalid).Count.ShouldBe(1);
        pendingAfterFilter.ShouldBe([first[1], .. second], ignoreOrder: true);
        (all.SelectionKind, all.ItemCount).ShouldBe((PayrollSelectionKind.AllPending, 2));
        (await Submissions(m).GetAsync(all.Id)).SubmittedItemCount.ShouldBe(2);
        var items = await AllItemsAsync(m);
        items.Where(i => i.IsValid).ShouldAllBe(i => i.Status == PayrollItemStatus.Submitted);
        items.Single(i => !i.IsValid).Status.ShouldBe(PayrollItemStatus.Pending);
        (await AllOrdersAsync(m)).ShouldAllBe(o => o.State == PayoutState.Succeeded && o.MerchantChannelId == m.MerchantChannelId);
        await LedgerInvariantsHoldAsync();
    }

    [Fact]
    public async Task Should_create_nothing_when_the_same_selection_is_submitted_again()
    {
        var m = await CreatePayrollMerchantAsync();
        var ids = await AddItemsAsync(m, Item("AGAIN-1", 10_00, 1), Item("AGAIN-2", 20_00, 1), Item("AGAIN-3", 30_00, 2));
        await Submissions(m).CreateAsync(ByIds(ids));
        await RunJobsAsync();
        var ordersBefore = await AllOrdersAsync(m);

        var again = await Submissions(m).CreateAsync(ByIds(ids));
        await RunJobsAsync();

        (again.Status, again.ItemCount, again.PlannedOrderCount, again.SubmittedItemCount).ShouldBe((PayrollSubmissionStatus.Completed, 0, 0, 0));
        again.Skipped.Single(s => s.Reason == PayrollSkipReason.AlreadySubmitted).Count.ShouldBe(3);
        (await AllOrdersAsync(m)).Select(o => (o.Id, o.State)).ShouldBe(ordersBefore.Select(o => (o.Id, o.State)), ignoreOrder: true);
        ordersBefore.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Should_put_each_item_in_exactly_one_order_when_two_submissions_of_one_selection_race()
    {
        var m = await CreatePayrollMerchantAsync();
        var items = Enumerable.Range(1, 60).Select(i => Item($"RACE-{i:D3}", 10_00, (i % 25) + 1)).ToArray();
        var ids = await AddItemsAsync(m, items);

        var one = await Submissions(m).CreateAsync(ByIds(ids));
        var two = await Submissions(m).CreateAsync(ByIds(ids));
        await Task.WhenAll(Task.Run(RunJobsAsync), Task.Run(RunJobsAsync));
        await RunJobsAsync();
        var first = await Submissions(m).GetAsync(one.Id);
        var second = await Submissions(m).GetAsync(two.Id);
        var stored = await AllItemsAsync(m);
        var orders = await AllOrdersAsync(m);

        (one.ItemCount, two.ItemCount, one.PlannedOrderCount).ShouldBe((60, 60, 25));
        new[] { first, second }.ShouldAllBe(s => s.Status == PayrollSubmissionStatus.Completed);
        (first.SubmittedItemCount + second.SubmittedItemCount).ShouldBe(60);
        (first.OrderCount + second.OrderCount).ShouldBe(25);
        foreach (var submission in new[] { first, second })
        {
            (submission.SubmittedItemCount + submission.Skipped.Single(s => s.Reason == PayrollSkipReason.AlreadySubmitted).Count).ShouldBe(60);
        }

        orders.Count.ShouldBe(25);
        orders.SelectMany(o => o.MerchantReferences).ShouldBe(items.Select(i => i.MerchantReference!), ignoreOrder: true);
        stored.ShouldAllBe(i => i.Status == PayrollItemStatus.Submitted);
        foreach (var item in stored)
        {
            orders.Single(o => o.Id == item.OrderId).MerchantReferences.ShouldContain(item.MerchantReference);
        }

        orders.ShouldAllBe(o => o.State == PayoutState.Succeeded);
        await LedgerInvariantsHoldAsync();
    }

    [Fact]
    public async Task Should_count_a_start_refused_for_short_balance_and_leave_its_order_pending()
    {
        var m = await CreatePayrollMerchantAsync(balance: 250_00);
        var ids = await AddItemsAsync(m, Item("BAL-1", 100_00, 1), Item("BAL-2", 100_00, 2), Item("BAL-3", 100_00, 3));

        var recorded = await Submissions(m).CreateAsync(ByIds(ids, aggregate: false, merchantChannelId: m.MerchantChannelId));
        await RunJobsAsync();
        var done = await Submissions(m).GetAsync(recorded.Id);
        var orders = await AllOrdersAsync(m);
        var items = await AllItemsAsync(m);

        (done.Status, done.SubmittedItemCount, done.OrderCount, done.StartedCount, done.FailedToStartCount).ShouldBe((PayrollSubmissionStatus.Completed, 3, 3, 2, 1));
        var reason = done.FailuresByReason.ShouldHaveSingleItem();
        (reason.Code, reason.Count).ShouldBe((LedgerErrorCodes.InsufficientAvailable, 1));
        reason.Text.ShouldNotContain("{");
        var failure = done.Failures.ShouldHaveSingleItem();
        var pending = orders.Single(o => o.Id == failure.OrderId);
        (pending.State, pending.CurrentAttemptId).ShouldBe((PayoutState.PendingSubmission, null));
        (failure.ItemCount, failure.AmountMinor).ShouldBe((1, 100_00L));
        orders.Count(o => o.State == PayoutState.Succeeded).ShouldBe(2);
        items.ShouldAllBe(i => i.Status == PayrollItemStatus.Submitted && i.OrderId != null);
        items.Select(i => i.OrderId).ShouldContain(pending.Id);
        (await m.Payouts.GetAsync(pending.Id)).Attempts.ShouldBeEmpty();
        await LedgerInvariantsHoldAsync();
    }
}
