using AggregatedPayments.Data;
using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.BackgroundJobs;

/// <summary>Several workers over one database, and workers that die: what the lease guarantees.</summary>
public sealed class BackgroundJobClaimTests
{
    [Fact]
    public async Task Should_run_each_of_200_jobs_exactly_once_with_two_workers_running_at_once()
    {
        const int jobCount = 200;
        await using var database = await BackgroundJobTesting.CreateDatabaseAsync();
        await using (var scope = database.CreateScope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>();
            for (var i = 0; i < jobCount; i++)
            {
                await manager.EnqueueAsync(new ProbeJobArgs($"job-{i}"));
            }

            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }

        // The first handler waits until a second one runs beside it, which proves the two workers overlap:
        // the second can only be the other worker, busy with another job.
        var entered = 0;
        var bothRunning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        database.ProbeLog().OnRun = async (_, cancellationToken) =>
        {
            if (Interlocked.Increment(ref entered) == 2)
            {
                bothRunning.TrySetResult();
            }

            await bothRunning.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        };
        var first = database.NewWorker();
        var second = database.NewWorker();

        var ran = await Task.WhenAll(Task.Run(() => first.RunPendingAsync()), Task.Run(() => second.RunPendingAsync()));

        ran.Sum().ShouldBe(jobCount);
        ran.ShouldAllBe(count => count > 0);
        var log = database.ProbeLog();
        log.Runs.Count.ShouldBe(jobCount);
        Enumerable.Range(0, jobCount).ShouldAllBe(i => log.TriesOf($"job-{i}") == 1);
        (await database.GetJobsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_let_exactly_one_of_several_racing_claims_take_a_job()
    {
        await using var database = await BackgroundJobTesting.CreateDatabaseAsync();
        var jobId = await database.EnqueueAsync(new ProbeJobArgs("contested"));
        var now = database.Clock.GetUtcNow().UtcDateTime;
        var leaseEnd = now + database.JobOptions().LeaseDuration;

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            await using var scope = database.CreateScope();
            var store = scope.ServiceProvider.GetRequiredService<IBackgroundJobStore>();
            return await store.TryClaimAsync(jobId, $"racer-{i}", now, leaseEnd, CancellationToken.None);
        })));

        var winner = claims.OfType<BackgroundJobRecord>().ShouldHaveSingleItem();
        var job = (await database.GetJobsAsync()).Single();
        job.LeaseOwner.ShouldBe(winner.LeaseOwner);
        job.TryCount.ShouldBe(1);
    }

    [Fact]
    public async Task Should_claim_one_job_while_another_transaction_holds_a_different_job_row()
    {
        // SQLite lets one writer in at a time, so a second job's claim waits whatever it touches; the row-level
        // claim is an InnoDB question.
        if (!TestDatabaseSettings.IsMySql)
        {
            return;
        }

        await using var database = await BackgroundJobTesting.CreateDatabaseAsync();
        var finishing = await database.EnqueueAsync(new ProbeJobArgs("finishing"));
        var claimed = await database.EnqueueAsync(new ProbeJobArgs("claimed"));

        // A completion in flight: its transaction holds the finished job's rows, in the table and in the due-time index.
        await using var completionScope = database.CreateScope();
        var completion = completionScope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>();
        await using var transaction = await completion.Database.BeginTransactionAsync();
        await completion.Set<BackgroundJobRecord>().Where(j => j.Id == finishing).ExecuteDeleteAsync();

        // A claim that locked through the due-time index would wait on that row (and deadlocked with such completions).
        await using var scope = database.CreateScope();
        var now = database.Clock.GetUtcNow().UtcDateTime;
        var claim = scope.ServiceProvider.GetRequiredService<IBackgroundJobStore>()
            .TryClaimAsync(claimed, "claimer", now, now + database.JobOptions().LeaseDuration, CancellationToken.None);
        var job = await claim.WaitAsync(TimeSpan.FromSeconds(10));

        job.ShouldNotBeNull().LeaseOwner.ShouldBe("claimer");
        await transaction.RollbackAsync();
    }

    [Fact]
    public async Task Should_take_over_a_job_left_mid_run_by_a_killed_process_only_after_its_lease_expires()
    {
        await using var database = await BackgroundJobTesting.CreateDatabaseAsync();
        var jobId = await database.EnqueueAsync(new ProbeJobArgs("orphan"));
        var lease = database.JobOptions().LeaseDuration;
        await ClaimAsync(database, jobId, "killed-host:4711:0");
        var survivor = database.NewWorker();

        (await survivor.RunPendingAsync()).ShouldBe(0);
        database.Clock.Advance(lease);
        (await survivor.RunPendingAsync()).ShouldBe(0);
        database.Clock.Advance(TimeSpan.FromSeconds(1));
        (await survivor.RunPendingAsync()).ShouldBe(1);

        database.ProbeLog().TriesOf("orphan").ShouldBe(1);
        (await database.GetJobsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_not_let_a_worker_whose_lease_expired_complete_or_fail_the_job()
    {
        await using var database = await BackgroundJobTesting.CreateDatabaseAsync();
        var jobId = await database.EnqueueAsync(new ProbeJobArgs("taken-over"));
        await ClaimAsync(database, jobId, "slow");
        database.Clock.Advance(database.JobOptions().LeaseDuration + TimeSpan.FromSeconds(1));
        await ClaimAsync(database, jobId, "successor");

        await using var scope = database.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IBackgroundJobStore>();
        var now = database.Clock.GetUtcNow().UtcDateTime;
        (await store.CompleteAsync(jobId, "slow", CancellationToken.None)).ShouldBeFalse();
        (await store.RecordFailureAsync(jobId, "slow", new BackgroundJobFailure("late", now, Abandon: true), CancellationToken.None)).ShouldBeFalse();

        var job = (await database.GetJobsAsync()).Single();
        job.LeaseOwner.ShouldBe("successor");
        job.IsAbandoned.ShouldBeFalse();
        job.TryCount.ShouldBe(2);
    }

    [Fact]
    public async Task Should_abandon_without_running_a_job_whose_last_allowed_try_never_finished()
    {
        await using var database = await BackgroundJobTesting.CreateDatabaseAsync(o => o.MaxTries = 2);
        var jobId = await database.EnqueueAsync(new ProbeJobArgs("poison"));
        var pastLease = database.JobOptions().LeaseDuration + TimeSpan.FromSeconds(1);
        await ClaimAsync(database, jobId, "crashed-1");
        database.Clock.Advance(pastLease);
        await ClaimAsync(database, jobId, "crashed-2");
        database.Clock.Advance(pastLease);

        (await database.NewWorker().RunPendingAsync()).ShouldBe(0);

        database.ProbeLog().TriesOf("poison").ShouldBe(0);
        var job = (await database.GetJobsAsync()).Single();
        job.IsAbandoned.ShouldBeTrue();
        job.LeaseOwner.ShouldBeNull();
        job.LastError!.ShouldContain("Try 2 did not finish before its lease expired");
    }

    // What a worker's claim leaves in the table when its process dies before the job finishes.
    private static async Task ClaimAsync(TestDatabase database, Guid jobId, string leaseOwner)
    {
        await using var scope = database.CreateScope();
        var now = database.Clock.GetUtcNow().UtcDateTime;
        var store = scope.ServiceProvider.GetRequiredService<IBackgroundJobStore>();
        (await store.TryClaimAsync(jobId, leaseOwner, now, now + database.JobOptions().LeaseDuration, CancellationToken.None)).ShouldNotBeNull();
    }
}
