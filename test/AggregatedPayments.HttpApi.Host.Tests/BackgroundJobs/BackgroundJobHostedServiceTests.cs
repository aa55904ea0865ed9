using AggregatedPayments.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Shouldly;
using Xunit;

namespace AggregatedPayments.BackgroundJobs;

public sealed class BackgroundJobHostedServiceTests
{
    [Fact]
    public async Task Should_run_due_jobs_in_the_host_when_the_worker_is_enabled()
    {
        await using var database = await CreateDatabaseAsync(new() { ["BackgroundJobs:IsWorkerEnabled"] = "true" });
        var ran = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        database.ProbeLog().OnRun = (_, _) =>
        {
            ran.TrySetResult();
            return Task.CompletedTask;
        };
        await database.EnqueueAsync(new ProbeJobArgs("hosted"));
        var service = HostedService(database);

        await service.StartAsync(CancellationToken.None);
        await ran.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await service.StopAsync(CancellationToken.None);

        database.ProbeLog().TriesOf("hosted").ShouldBe(1);
        (await database.GetJobsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_leave_the_queue_to_the_drain_when_the_worker_is_disabled()
    {
        await using var database = await CreateDatabaseAsync(new() { ["BackgroundJobs:IsWorkerEnabled"] = "false" });
        await database.EnqueueAsync(new ProbeJobArgs("drained"));
        var service = HostedService(database);

        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));
        await service.StopAsync(CancellationToken.None);

        database.ProbeLog().Runs.ShouldBeEmpty();
        (await database.NewWorker().RunPendingAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Should_bind_the_worker_options_from_the_BackgroundJobs_section()
    {
        await using var database = await CreateDatabaseAsync(new()
        {
            ["BackgroundJobs:LeaseDuration"] = "00:10:00",
            ["BackgroundJobs:MaxTries"] = "4"
        });

        var options = database.JobOptions();

        options.LeaseDuration.ShouldBe(TimeSpan.FromMinutes(10));
        options.MaxTries.ShouldBe(4);
    }

    [Fact]
    public async Task Should_refuse_to_start_with_a_lease_too_short_for_a_channel_call()
    {
        await using var database = await CreateDatabaseAsync(new() { ["BackgroundJobs:LeaseDuration"] = "00:00:10" });

        var error = Should.Throw<OptionsValidationException>(() => database.Services.GetRequiredService<IStartupValidator>().Validate());

        error.Message.ShouldContain("BackgroundJobs:LeaseDuration");
    }

    private static Task<TestDatabase> CreateDatabaseAsync(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return BackgroundJobTesting.CreateDatabaseAsync(configure: services => services.AddBackgroundJobWorker(configuration));
    }

    private static BackgroundService HostedService(TestDatabase database) =>
        database.Services.GetServices<IHostedService>().OfType<BackgroundService>().Single();
}
