using AggregatedPayments.Data;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.BackgroundJobs;

public sealed class BackgroundJobWorkerTests
{
    [Fact]
    public async Task Should_run_an_enqueued_job_once_in_its_tenant_and_its_own_scope()
    {
        await using var database = await BackgroundJobTesting.CreateDatabaseAsync();
        var merchant = Guid.NewGuid();
        await database.EnqueueAsync(new ProbeJobArgs("merchant"), merchant);
        await database.EnqueueAsync(new ProbeJobArgs("platform"));

        int ran;
        using (database.Services.GetRequiredService<ICurrentTenant>().Change(Guid.NewGuid()))
        {
            ran = await database.NewWorker().RunPendingAsync();
        }

        ran.ShouldBe(2);
        var runs = database.ProbeLog().Runs;
        runs.Single(r => r.Key == "merchant").TenantId.ShouldBe(merchant);
        runs.Single(r => r.Key == "platform").TenantId.ShouldBeNull();
        runs[0].DbContext.ShouldNotBeSameAs(runs[1].DbContext);
        (await database.GetJobsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_not_queue_a_job_whose_transaction_rolled_back()
    {
        await using var database = await BackgroundJobTesting.CreateDatabaseAsync();
        await using (var scope = database.CreateScope())
        {
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            await using var transaction = await unitOfWork.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>().EnqueueAsync(new ProbeJobArgs("rolled-back"));
            await unitOfWork.SaveChangesAsync();
        }

        var ran = await database.NewWorker().RunPendingAsync();

        ran.ShouldBe(0);
        database.ProbeLog().Runs.ShouldBeEmpty();
        (await database.GetJobsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_not_run_a_delayed_job_before_its_time()
    {
        await using var database = await BackgroundJobTesting.CreateDatabaseAsync();
        await database.EnqueueAsync(new ProbeJobArgs("later"), delay: TimeSpan.FromMinutes(10));
        var worker = database.NewWorker();

        database.Clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        (await worker.RunPendingAsync()).ShouldBe(0);
        database.Clock.Advance(TimeSpan.FromSeconds(1));
        (await worker.RunPendingAsync()).ShouldBe(1);

        database.ProbeLog().TriesOf("later").ShouldBe(1);
    }

    [Fact]
    public async Task Should_run_due_jobs_by_priority_then_oldest_first()
    {
        await using var database = await BackgroundJobTesting.CreateDatabaseAsync();
        await database.EnqueueAsync(new ProbeJobArgs("low"), priority: BackgroundJobPriority.Low);
        await database.EnqueueAsync(new ProbeJobArgs("normal"), priority: BackgroundJobPriority.Normal);
        database.Clock.Advance(TimeSpan.FromSeconds(1));
        await database.EnqueueAsync(new ProbeJobArgs("normal, newer"), priority: BackgroundJobPriority.Normal);
        await database.EnqueueAsync(new ProbeJobArgs("high"), priority: BackgroundJobPriority.High);

        await database.NewWorker().RunPendingAsync();

        database.ProbeLog().Runs.Select(r => r.Key).ShouldBe(["high", "normal", "normal, newer", "low"]);
    }

    [Fact]
    public async Task Should_retry_a_failing_job_with_exponential_backoff_and_abandon_it_after_the_limit()
    {
        await using var database = await BackgroundJobTesting.CreateDatabaseAsync(o =>
        {
            o.MaxTries = 3;
            o.FirstRetryDelay = TimeSpan.FromSeconds(30);
        });
        await database.EnqueueAsync(new ProbeJobArgs("failing", FailTimes: int.MaxValue));
        var worker = database.NewWorker();
        var start = database.Clock.GetUtcNow().UtcDateTime;

        (await worker.RunPendingAsync()).ShouldBe(1);
        var afterFirst = (await database.GetJobsAsync()).Single();
        afterFirst.ShouldSatisfyAllConditions(
            j => j.TryCount.ShouldBe(1),
            j => j.NextTryTime.ShouldBe(start.AddSeconds(30)),
            j => j.LastError!.ShouldContain("Probe 'failing' failed on try 1."),
            j => j.LeaseOwner.ShouldBeNull(),
            j => j.IsAbandoned.ShouldBeFalse());

        database.Clock.Advance(TimeSpan.FromSeconds(29));
        (await worker.RunPendingAsync()).ShouldBe(0);
        database.Clock.Advance(TimeSpan.FromSeconds(1));
        (await worker.RunPendingAsync()).ShouldBe(1);
        (await database.GetJobsAsync()).Single().NextTryTime.ShouldBe(start.AddSeconds(30 + 60));

        database.Clock.Advance(TimeSpan.FromSeconds(60));
        (await worker.RunPendingAsync()).ShouldBe(1);
        database.Clock.Advance(TimeSpan.FromDays(1));
        (await worker.RunPendingAsync()).ShouldBe(0);

        database.ProbeLog().TriesOf("failing").ShouldBe(3);
        var abandoned = (await database.GetJobsAsync()).Single();
        abandoned.IsAbandoned.ShouldBeTrue();
        abandoned.TryCount.ShouldBe(3);
        abandoned.LastError!.ShouldContain("failed on try 3.");
    }

    [Fact]
    public async Task Should_finish_a_job_that_succeeds_on_a_retry()
    {
        await using var database = await BackgroundJobTesting.CreateDatabaseAsync();
        await database.EnqueueAsync(new ProbeJobArgs("flaky", FailTimes: 1));
        var worker = database.NewWorker();

        await worker.RunPendingAsync();
        database.Clock.Advance(database.JobOptions().FirstRetryDelay);
        await worker.RunPendingAsync();

        database.ProbeLog().TriesOf("flaky").ShouldBe(2);
        (await database.GetJobsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_to_enqueue_a_job_that_has_no_handler()
    {
        await using var database = await BackgroundJobTesting.CreateDatabaseAsync();
        await using var scope = database.CreateScope();

        var error = await Should.ThrowAsync<BusinessException>(() =>
            scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>().EnqueueAsync(new UnregisteredJobArgs("x")));

        error.Code.ShouldBe(ErrorCodes.UnknownJobType);
        error.Values["type"].ShouldBe(typeof(UnregisteredJobArgs).FullName);
    }

    [Fact]
    public async Task Should_fail_a_stored_job_whose_name_has_no_handler_and_abandon_it_after_the_limit()
    {
        await using var database = await BackgroundJobTesting.CreateDatabaseAsync(o => o.MaxTries = 2);
        await using (var scope = database.CreateScope())
        {
            // Left by a version of the application that had this job, or queued by a newer one.
            var now = database.Clock.GetUtcNow().UtcDateTime;
            var db = scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>();
            db.Set<BackgroundJobRecord>().Add(new BackgroundJobRecord(Guid.NewGuid(), "Removed.Job", "{}", null, BackgroundJobPriority.Normal, now, now));
            await db.SaveChangesAsync();
        }

        var worker = database.NewWorker();

        (await worker.RunPendingAsync()).ShouldBe(1);
        var afterFirst = (await database.GetJobsAsync()).Single();
        afterFirst.IsAbandoned.ShouldBeFalse();
        afterFirst.LastError!.ShouldStartWith("AP:BackgroundJobs:UnknownJobType: ");
        afterFirst.LastError.ShouldContain("Removed.Job");

        database.Clock.Advance(database.JobOptions().FirstRetryDelay);
        (await worker.RunPendingAsync()).ShouldBe(1);
        var abandoned = (await database.GetJobsAsync()).Single();
        abandoned.IsAbandoned.ShouldBeTrue();
        abandoned.LastError.ShouldBe(afterFirst.LastError);
    }

    [Fact]
    public async Task Should_cancel_a_job_that_outruns_its_lease_and_count_the_try_as_failed()
    {
        await using var database = await BackgroundJobTesting.CreateDatabaseAsync();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        database.ProbeLog().OnRun = async (_, cancellationToken) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        };
        await database.EnqueueAsync(new ProbeJobArgs("slow"));

        var run = Task.Run(() => database.NewWorker().RunPendingAsync());
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        database.Clock.Advance(database.JobOptions().ExecutionTimeout);

        (await run.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBe(1);
        var job = (await database.GetJobsAsync()).Single();
        job.TryCount.ShouldBe(1);
        job.LeaseOwner.ShouldBeNull();
        job.IsAbandoned.ShouldBeFalse();
        job.LastError!.ShouldContain("did not finish within");
    }
}
