using Microsoft.Extensions.Options;

namespace AggregatedPayments.Payouts;

/// <summary>Refuses a configuration under which an attempt would never be asked about, or sends would never start.</summary>
public sealed class PayoutSubmissionOptionsValidator : IValidateOptions<PayoutSubmissionOptions>
{
    public ValidateOptionsResult Validate(string? name, PayoutSubmissionOptions options)
    {
        var failures = new List<string>();
        if (options.QuerySchedule.Count == 0 || options.QuerySchedule.Any(t => t <= TimeSpan.Zero))
        {
            failures.Add("PayoutSubmission:QuerySchedule needs at least one positive interval.");
        }

        failures.AddRange(options.ChannelQuerySchedules.Where(s => s.Value.Any(t => t <= TimeSpan.Zero))
            .Select(s => $"PayoutSubmission:ChannelQuerySchedules:{s.Key} has an interval that is not positive."));
        if (options.MaxConcurrentSendsPerChannel < 1 || options.ChannelConcurrency.Values.Any(v => v < 1))
        {
            failures.Add("PayoutSubmission: concurrent sends per channel must be at least 1.");
        }

        if (options.ChannelSendRates.Values.Append(options.MaxSendsPerSecondPerChannel).Any(r => r < 0 || !double.IsFinite(r)))
        {
            failures.Add("PayoutSubmission: send rates per channel must be zero (no rate) or a positive number per second.");
        }

        if (options.SweepInterval <= TimeSpan.Zero || options.SweepGrace < TimeSpan.Zero || options.SweepPageSize < 1)
        {
            failures.Add("PayoutSubmission: the sweep needs a positive interval, a grace of zero or more and a page size of at least 1.");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.DefaultTimeZone, out _))
        {
            failures.Add($"PayoutSubmission:DefaultTimeZone '{options.DefaultTimeZone}' is not a known time zone.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
