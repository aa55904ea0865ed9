using AggregatedPayments.OutboundCalls;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.BackgroundJobs;

/// <summary>Refuses settings under which jobs would spin, never retry, or be claimed twice while running.</summary>
public sealed class BackgroundJobOptionsValidator(IOptions<OutboundCallOptions> outboundCalls) : IValidateOptions<BackgroundJobOptions>
{
    /// <summary>
    /// Outbound calls a job may make, each up to its timeout, before its lease runs out: a query and then
    /// a resend, with the job's own database work around them. A lease shorter than that could let a
    /// second worker take a job whose first run is still talking to the provider.
    /// </summary>
    public const int OutboundCallsPerLease = 3;

    public ValidateOptionsResult Validate(string? name, BackgroundJobOptions options)
    {
        var failures = new List<string>();
        if (options.PollInterval <= TimeSpan.Zero)
        {
            failures.Add("BackgroundJobs:PollInterval must be positive.");
        }

        var minLease = MinLeaseDuration(outboundCalls.Value);
        if (options.LeaseDuration < minLease)
        {
            failures.Add($"BackgroundJobs:LeaseDuration must be at least {minLease} ({OutboundCallsPerLease} times the longest outbound call timeout).");
        }

        if (options.BatchSize < 1)
        {
            failures.Add("BackgroundJobs:BatchSize must be at least 1.");
        }

        if (options.MaxConcurrency < 1 || options.MaxConcurrencyOnSqlite < 1)
        {
            failures.Add("BackgroundJobs:MaxConcurrency and MaxConcurrencyOnSqlite must be at least 1.");
        }

        if (options.MaxPriorityWait < TimeSpan.Zero)
        {
            failures.Add("BackgroundJobs:MaxPriorityWait must not be negative.");
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

    public static TimeSpan MinLeaseDuration(OutboundCallOptions outboundCalls)
    {
        var longest = outboundCalls.Purposes.Values.Select(p => p.Timeout ?? outboundCalls.Timeout).Append(outboundCalls.Timeout).Max();
        return longest * OutboundCallsPerLease;
    }
}
