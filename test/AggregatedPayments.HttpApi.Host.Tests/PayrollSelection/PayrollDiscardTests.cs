using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payroll;

/// <summary>Pending payouts set aside by a clerk, with a reason, never to be paid.</summary>
[Collection(HostCollection.Name)]
public sealed class PayrollDiscardTests(AggregatedPaymentsWebFactory factory) : PayrollSelectionTestBase(factory)
{
    [Fact]
    public async Task Should_discard_only_valid_pending_items_with_the_reason_and_count_the_others()
    {
        var m = await CreatePayrollMerchantAsync();
        var ids = await AddItemsAsync(m, Item("DIS-1", 10_00, 1), Item("DIS-2", 20_00, 2), InvalidItem("DIS-3", 30_00, 3), Item("DIS-4", 40_00, 4));
        await Submissions(m).CreateAsync(ByIds([ids[3]]));
        await RunJobsAsync();

        var result = await Items(m).DiscardAsync(new DiscardPayrollItemsDto
        {
            Selection = new PayrollSelectionDto { ItemIds = [.. ids, Guid.NewGuid()] },
            Reason = "  paid in cash  "
        });
        var again = await Items(m).DiscardAsync(new DiscardPayrollItemsDto { Selection = new PayrollSelectionDto { ItemIds = [ids[0]] }, Reason = "twice" });
        var discarded = await AllItemsAsync(m, f => f.Status = PayrollItemStatus.Discarded);
        var submitAll = await Submissions(m).CreateAsync(ByIds(ids));

        (result.DiscardedCount, result.Reason).ShouldBe((2, "paid in cash"));
        result.Skipped.Where(s => s.Count > 0).ToDictionary(s => s.Reason, s => s.Count).ShouldBe(new Dictionary<PayrollSkipReason, int>
        {
            [PayrollSkipReason.Invalid] = 1,
            [PayrollSkipReason.AlreadySubmitted] = 1,
            [PayrollSkipReason.NotFound] = 1
        });
        again.DiscardedCount.ShouldBe(0);
        again.Skipped.Single(s => s.Reason == PayrollSkipReason.Discarded).Count.ShouldBe(1);
        discarded.Select(i => i.Id).ShouldBe([ids[0], ids[1]], ignoreOrder: true);
        discarded.ShouldAllBe(i => i.DiscardReason == "paid in cash" && i.OrderId == null);
        (await Items(m).GetAsync(ids[0])).DiscardReason.ShouldBe("paid in cash");
        (await Items(m).GetAsync(ids[2])).Status.ShouldBe(PayrollItemStatus.Pending);
        (submitAll.ItemCount, submitAll.Status).ShouldBe((0, PayrollSubmissionStatus.Completed));
        submitAll.Skipped.Single(s => s.Reason == PayrollSkipReason.Discarded).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Should_discard_by_filter_and_refuse_a_discard_without_a_reason()
    {
        var m = await CreatePayrollMerchantAsync();
        await AddItemsAsync(m, Item("BYF-1", 10_00, 1), Item("BYF-2", 20_00, 2, "CCB"), Item("BYF-3", 30_00, 3, "CCB"));

        var refused = await Should.ThrowAsync<RemoteServiceException>(() => Items(m).DiscardAsync(new DiscardPayrollItemsDto
        {
            Selection = new PayrollSelectionDto { AllPending = true },
            Reason = " "
        }));
        var result = await Items(m).DiscardAsync(new DiscardPayrollItemsDto
        {
            Selection = new PayrollSelectionDto { Filter = new PayrollItemFilterDto { BankCode = "CCB" } },
            Reason = "wrong bank"
        });

        refused.Code.ShouldBe(PayrollSelectionErrorCodes.DiscardReasonRequired);
        result.DiscardedCount.ShouldBe(2);
        (await AllItemsAsync(m, f => f.Status = PayrollItemStatus.Pending)).ShouldHaveSingleItem().MerchantReference.ShouldBe("BYF-1");
    }
}
