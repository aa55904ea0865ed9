using AggregatedPayments.Hosting;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Runs the janitor's sweep for lost jobs every <see cref="PayoutSubmissionOptions.SweepInterval"/>. Every
/// host instance may run it: a revival is a guarded transition, so two sweeps cannot both revive one
/// attempt; a failed sweep costs one round, and the attempts are still overdue at the next.
/// </summary>
internal sealed class PayoutJanitorHostedService(
    PayoutJanitor janitor,
    IOptions<PayoutSubmissionOptions> options,
    TimeProvider clock,
    ILogger<PayoutJanitorHostedService> logger) : RecurringHostedService(clock, logger)
{
    protected override string Name => "The payout janitor's sweep";

    protected override string EnabledSetting => "PayoutSubmission:IsSweepEnabled";

    protected override bool IsEnabled => options.Value.IsSweepEnabled;

    protected override TimeSpan Pause => options.Value.SweepInterval;

    protected override bool RunsAtStart => false;

    protected override Task RunRoundAsync(CancellationToken stoppingToken) => janitor.SweepAsync(stoppingToken);
}
