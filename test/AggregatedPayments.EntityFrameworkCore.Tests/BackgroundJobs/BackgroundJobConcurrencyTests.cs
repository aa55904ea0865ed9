using AggregatedPayments.Data;
using Shouldly;
using Xunit;

namespace AggregatedPayments.BackgroundJobs;

/// <summary>One worker runs claimed jobs side by side up to its limit, each in its own scope, and no job ever runs twice.</summary>
public sealed class BackgroundJobConcurrencyTests
{
    private static readonly TimeSpan GateTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Should_run_jobs_side_by_side_up_to_the_configured_concurrency_and_no_further()
    {
        await using var database = await BackgroundJobTesting.CreateDatabaseAsync(o => o.MaxConcurrency = o.MaxConcurrencyOnSqlite = 3);
        for (var i = 0; i < 7; i++)
        {
            await database.EnqueueAsync(new ProbeJobArgs("job-" + i));
        }

        // Each run waits until three are in flight together: with fewer side by side the gate would never open.
        var inFlight = 0;
        var most = 0;
        var threeTogether = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        database.ProbeLog().OnRun = async (_, cancellationToken) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            if (now == 3)
            {
                threeTogether.TrySetResult();
            }

            await threeTogether.Task.WaitAsync(GateTimeout, cancellationToken);
            Interlocked.Decrement(ref inFlight);
        };

        var ran = await database.NewWorker().RunPendingAsync();

        ran.ShouldBe(7);
        most.ShouldBe(3);
        var runs = database.ProbeLog().Runs;
        runs.Select(r => r.Key).Order().ShouldBe(Enumerable.Range(0, 7).Select(i => "job-" + i).Order());
        runs.Select(r => r.DbContext).Distinct().Count().ShouldBe(7);
        (await database.GetJobsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_never_run_a_job_twice_when_concurrent_workers_race_for_it()
    {
        await using var database = await BackgroundJobTesting.CreateDatabaseAsync(o => o.MaxConcurrency = o.MaxConcurrencyOnSqlite = 4);
        const int jobs = 24;
        for (var i = 0; i < jobs; i++)
        {
            await database.EnqueueAsync(new ProbeJobArgs("job-" + i));
        }

        var workers = Enumerable.Range(0, 3).Select(_ => database.NewWorker()).ToList();
        var ran = await Task.WhenAll(workers.Select(w => Task.Run(() => w.RunPendingAsync())));

        ran.Sum().ShouldBe(jobs);
        Enumerable.Range(0, jobs).ShouldAllBe(i => database.ProbeLog().TriesOf("job-" + i) == 1);
        (await database.GetJobsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_run_one_job_at_a_time_on_sqlite_unless_told_otherwise()
    {
        await using var database = await BackgroundJobTesting.CreateDatabaseAsync(o => o.MaxConcurrency = 4);

        database.JobOptions().MaxConcurrency.ShouldBe(TestDatabaseSettings.IsMySql ? 4 : 1);
    }

    [Fact]
    public async Task Should_run_a_job_waiting_past_the_priority_wait_before_newer_high_priority_ones()
    {
        await using var database = await BackgroundJobTesting.CreateDatabaseAsync(o =>
        {
            o.MaxConcurrency = 1;
            o.MaxPriorityWait = TimeSpan.FromSeconds(30);
        });
        await database.EnqueueAsync(new ProbeJobArgs("notification"), priority: BackgroundJobPriority.Normal);
        database.Clock.Advance(TimeSpan.FromSeconds(31));
        await database.EnqueueAsync(new ProbeJobArgs("send"), priority: BackgroundJobPriority.High);
        await database.EnqueueAsync(new ProbeJobArgs("low, fresh"), priority: BackgroundJobPriority.Low);

        await database.NewWorker().RunPendingAsync();

        database.ProbeLog().Runs.Select(r => r.Key).ShouldBe(["notification", "send", "low, fresh"]);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }
}
