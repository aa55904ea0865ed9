namespace AggregatedPayments.BackgroundJobs;

/// <summary>A second handler for <see cref="ProbeJobArgs"/>, which the registry must refuse.</summary>
public sealed class SecondProbeJob : IBackgroundJob<ProbeJobArgs>
{
    public Task ExecuteAsync(ProbeJobArgs args, CancellationToken cancellationToken) => Task.CompletedTask;
}
