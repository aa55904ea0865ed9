namespace AggregatedPayments.BackgroundJobs;

public sealed class UnnamedJob : IBackgroundJob<UnnamedJobArgs>
{
    public Task ExecuteAsync(UnnamedJobArgs args, CancellationToken cancellationToken) => Task.CompletedTask;
}
