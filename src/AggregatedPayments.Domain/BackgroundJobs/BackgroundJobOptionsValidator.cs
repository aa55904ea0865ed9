using Microsoft.Extensions.Options;

namespace AggregatedPayments.BackgroundJobs;

/// <summary>Refuses settings under which jobs would spin, never retry, or be claimed twice while running.</summary>
public sealed class BackgroundJobOptionsValidator : IValidateOptions<BackgroundJobOptions>
{
    /// <summary>A channel call with its timeout must fit into a lease.</summary>
    public static readonly TimeSpan MinLeaseDuration = TimeSpan.FromMinutes(1);

    public ValidateOptionsResult Validate(string? name, BackgroundJobOptions options)
    {
        var failures = new List<string>();
        if (options.PollInterval <= TimeSpan.Zero)
        {
            failures.Add("BackgroundJobs:PollInterval must be positive.");
        }

        if (options.LeaseDuration < MinLeaseDuration)
        {
            failures.Add($"BackgroundJobs:LeaseDuration must be at least {MinLeaseDuration}.");
        }

        if (options.BatchSize < 1)
        {
            failures.Add("BackgroundJobs:BatchSize must be at least 1.");
        }

        if (options.MaxTries < 1)
        {
            failures.Add("BackgroundJobs:MaxTries must be at least 1.");
        }

        if (options.FirstRetryDelay <= TimeSpan.Zero)
        {
            failures.Add("BackgroundJobs:FirstRetryDelay must be positive.");
        }

        if (options.MaxRetryDelay < options.FirstRetryDelay)
        {
            failures.Add("BackgroundJobs:MaxRetryDelay must not be shorter than FirstRetryDelay.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
