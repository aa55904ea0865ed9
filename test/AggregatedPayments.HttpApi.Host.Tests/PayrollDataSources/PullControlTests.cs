using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Payroll;
using AggregatedPayments.Payroll.DataSources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.PayrollDataSources;

/// <summary>A pull runs in the background: its progress shows on its intake, a second pull waits for it to end, and a clerk can stop it.</summary>
[Collection(HostCollection.Name)]
public sealed class PullControlTests(AggregatedPaymentsWebFactory factory) : PayrollDataSourceTestBase(factory)
{
    [Fact]
    public async Task Should_answer_the_running_intake_at_once_and_refuse_a_second_pull_until_it_ends()
    {
        await using var server = await PayrollSourceServer.StartAsync(1500, faults: new PayrollSourceFaults(HoldPage: 3));
        var merchant = await CreateMerchantTrustedByAsync(server);
        var source = await CreateHttpSourceAsync(merchant, server.Url, pageSize: 500);

        var started = await DataSources(merchant).PullAsync(source.Id);
        started.Status.ShouldBe(PayrollIntakeStatus.Running);
        started.ReadCount.ShouldBe(0);
        var worker = RunJobsAsync();
        await server.HeldPageRequested;

        var progress = await Intakes(merchant).GetAsync(started.Id);
        var second = await Should.ThrowAsync<RemoteServiceException>(() => DataSources(merchant).PullAsync(source.Id));
        var deletion = await Should.ThrowAsync<RemoteServiceException>(() => DataSources(merchant).DeleteAsync(source.Id));
        server.Release();
        await worker;

        (progress.Status, progress.ReadCount, progress.CreatedCount).ShouldBe((PayrollIntakeStatus.Running, 1000L, 1000L), "the first batch shows while the pull runs");
        second.Error.Code.ShouldBe(PayrollDataSourcesErrorCodes.PullAlreadyRunning);
        deletion.Error.Code.ShouldBe(PayrollDataSourcesErrorCodes.PullAlreadyRunning);
        var ended = await Intakes(merchant).GetAsync(started.Id);
        (ended.Status, ended.CreatedCount).ShouldBe((PayrollIntakeStatus.Completed, 1500L));
        (await PullAsync(merchant, source.Id)).Status.ShouldBe(PayrollIntakeStatus.Completed, "once ended, the source can be pulled again");
    }

    [Fact]
    public async Task Should_stop_a_running_pull_between_batches_when_the_clerk_cancels_it()
    {
        await using var server = await PayrollSourceServer.StartAsync(10_000, faults: new PayrollSourceFaults(HoldPage: 3));
        var merchant = await CreateMerchantTrustedByAsync(server);
        var source = await CreateHttpSourceAsync(merchant, server.Url, pageSize: 500);
        var started = await DataSources(merchant).PullAsync(source.Id);
        var worker = RunJobsAsync();
        await server.HeldPageRequested;

        var cancelling = await Intakes(merchant).CancelAsync(started.Id);
        server.Release();
        await worker;

        cancelling.CancelRequested.ShouldBeTrue();
        var ended = await Intakes(merchant).GetAsync(started.Id);
        ended.Status.ShouldBe(PayrollIntakeStatus.Cancelled);
        (ended.ReadCount, ended.CreatedCount).ShouldBe((2000L, 2000L), "the batch being read when the cancel came is finished, nothing after it");
        server.PagesServed.ShouldBe(4, "no page is asked for once the cancel is seen");
    }

    [Fact]
    public async Task Should_cancel_a_pull_whose_job_has_not_started_yet_without_calling_the_source()
    {
        await using var server = await PayrollSourceServer.StartAsync(100);
        var merchant = await CreateMerchantTrustedByAsync(server);
        var source = await CreateHttpSourceAsync(merchant, server.Url);
        var started = await DataSources(merchant).PullAsync(source.Id);

        await Intakes(merchant).CancelAsync(started.Id);
        await RunJobsAsync();

        (await Intakes(merchant).GetAsync(started.Id)).Status.ShouldBe(PayrollIntakeStatus.Cancelled);
        server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_end_as_interrupted_a_pull_whose_host_died_half_way_rather_than_count_it_twice()
    {
        await using var server = await PayrollSourceServer.StartAsync(3000);
        var merchant = await CreateMerchantTrustedByAsync(server);
        var source = await CreateHttpSourceAsync(merchant, server.Url, pageSize: 500);
        var started = await DataSources(merchant).PullAsync(source.Id);

        // What a try leaves when its process dies after its first batch: counts moved, the intake still running.
        await using (var scope = Factory.Services.CreateAsyncScope())
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(merchant.Id))
        {
            await scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>().Set<PayrollIntake>()
                .Where(i => i.Id == started.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.ReadCount, 1000).SetProperty(i => i.CreatedCount, 1000));
        }

        await RunJobsAsync();

        var ended = await Intakes(merchant).GetAsync(started.Id);
        ended.Status.ShouldBe(PayrollIntakeStatus.Failed);
        ended.Failure!.ShouldStartWith("The pull was interrupted");
        server.Requests.ShouldBeEmpty("the next try does not read the source again into the same intake");
        (await PullAsync(merchant, source.Id)).Status.ShouldBe(PayrollIntakeStatus.Completed, "pulling again takes in the rest");
    }

    [Fact]
    public async Task Should_refuse_to_pull_a_disabled_source()
    {
        await using var server = await PayrollSourceServer.StartAsync(10);
        var merchant = await CreateMerchantTrustedByAsync(server);
        var source = await DataSources(merchant).CreateAsync(new CreatePayrollDataSourceDto
        {
            Kind = PayrollDataSourceKind.Http,
            Name = "Off",
            IsEnabled = false,
            Http = new PayrollHttpSourceInputDto { Url = server.Url }
        });

        var refused = await Should.ThrowAsync<RemoteServiceException>(() => DataSources(merchant).PullAsync(source.Id));

        refused.Error.Code.ShouldBe(PayrollDataSourcesErrorCodes.SourceDisabled);
    }
}
