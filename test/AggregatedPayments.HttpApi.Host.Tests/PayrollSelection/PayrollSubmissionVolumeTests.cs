using System.Diagnostics;
using AggregatedPayments.Data;
using AggregatedPayments.Hosting;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Payouts;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Ten thousand pending payouts submitted at once: every one ends in its own started and paid order. The rates are
/// printed for the record (recording the plan, the submission's job, the sends); the test asserts only correctness.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class PayrollSubmissionVolumeTests(AggregatedPaymentsWebFactory factory, ITestOutputHelper output) : PayrollSelectionTestBase(factory)
{
    // Enough for several chunks and pages; the rate at 100,000 lines is the benchmark's to measure (etc/scripts/benchmark.sh): at
    // today's per-order start cost 10,000 items took over five minutes on MariaDB, past the suite's hang limit.
    private const int ItemCount = 2_000;

    [Fact]
    public async Task Should_submit_two_thousand_items_each_into_a_started_order_that_the_sandbox_pays()
    {
        var m = await CreatePayrollMerchantAsync();
        foreach (var batch in Enumerable.Range(1, ItemCount).Chunk(PayrollConsts.MaxItemsPerRequest))
        {
            await AddItemsAsync(m, batch.Select(i => Item($"VOL-{i:D6}", 1_00 * (1 + i % 90), i)).ToArray());
        }

        var startCpu = CpuTime();
        var watch = Stopwatch.StartNew();
        var recorded = await Submissions(m).CreateAsync(new CreatePayrollSubmissionDto
        {
            Selection = new PayrollSelectionDto { AllPending = true },
            Aggregate = false,
            MerchantChannelId = m.MerchantChannelId
        });
        var planned = watch.Elapsed;
        var plannedCpu = CpuTime();
        await RunSubmissionJobAsync(m, recorded.Id);
        var submitted = watch.Elapsed;
        var submittedCpu = CpuTime();
        await RunJobsAsync();
        var paid = watch.Elapsed;
        var paidCpu = CpuTime();

        var done = await Submissions(m).GetAsync(recorded.Id);
        (done.Status, done.ItemCount, done.SubmittedItemCount, done.OrderCount, done.StartedCount, done.FailedToStartCount)
            .ShouldBe((PayrollSubmissionStatus.Completed, ItemCount, ItemCount, ItemCount, ItemCount, 0));
        (await Items(m).GetListAsync(new GetPayrollItemListInput { Status = PayrollItemStatus.Pending, MaxResultCount = 1 })).TotalCount.ShouldBe(0);
        (await Items(m).GetListAsync(new GetPayrollItemListInput { Status = PayrollItemStatus.Submitted, MaxResultCount = 1 })).TotalCount.ShouldBe(ItemCount);
        (await m.Payouts.GetListAsync(new GetPayoutListInput { State = PayoutState.Succeeded, MaxResultCount = 1 })).TotalCount.ShouldBe(ItemCount);
        (await m.Payouts.GetListAsync(new GetPayoutListInput { MaxResultCount = 1 })).TotalCount.ShouldBe(ItemCount);
        await LedgerInvariantsHoldAsync();

        // Wall time depends on what else the machine runs; the test process's CPU time (the host and, on SQLite, the database) less so.
        var engine = TestDatabaseSettings.IsMySql ? "MariaDB" : "SQLite";
        output.WriteLine($"{engine}: {ItemCount} items, one order each (plain), named channel; wall time (test process CPU time)");
        output.WriteLine($"  record the submission (resolve, plan, write the plan): {planned.TotalSeconds:F2} s ({(plannedCpu - startCpu).TotalSeconds:F2} s)");
        output.WriteLine($"  submission job (orders made, first attempts started: holds, send jobs queued): {(submitted - planned).TotalSeconds:F2} s ({(submittedCpu - plannedCpu).TotalSeconds:F2} s)"
                         + $" = {Rate(ItemCount, submitted - planned)} lines/s ({Rate(ItemCount, submittedCpu - plannedCpu)} per CPU second)");
        output.WriteLine($"  request to every order started: {submitted.TotalSeconds:F2} s = {Rate(ItemCount, submitted)} lines/s");
        output.WriteLine($"  sends (each order's send job, the sandbox's answer recorded): {(paid - submitted).TotalSeconds:F2} s ({(paidCpu - submittedCpu).TotalSeconds:F2} s)"
                         + $" = {Rate(ItemCount, paid - submitted)} orders/s");
        output.WriteLine($"  request to every order paid: {paid.TotalSeconds:F2} s = {Rate(ItemCount, paid)} lines/s");
    }

    private static TimeSpan CpuTime() => Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>The submission's own job, run alone so its time is not mixed with the sends it queues (which run after).</summary>
    private async Task RunSubmissionJobAsync(PayoutMerchant m, Guid submissionId)
    {
        using (Factory.Services.GetRequiredService<ICurrentTenant>().Change(m.Merchant.Id))
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<PayrollSubmissionJob>().ExecuteAsync(new PayrollSubmissionJobArgs(submissionId), CancellationToken.None);
        }
    }

    private static string Rate(int count, TimeSpan time) => (count / time.TotalSeconds).ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
}
