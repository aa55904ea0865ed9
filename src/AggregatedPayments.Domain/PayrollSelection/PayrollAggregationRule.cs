using AggregatedPayments.Settings;

namespace AggregatedPayments.Payroll;

/// <summary>Whether a submission merges items to the same payee: as the clerk asks, else the merchant's automatic setting.</summary>
public sealed class PayrollAggregationRule(ISettingProvider settings)
{
    public async Task<bool> AppliesAsync(bool? requested, CancellationToken cancellationToken) =>
        requested ?? await settings.GetBoolAsync(PayrollSelectionSettingNames.AutoAggregate, cancellationToken);
}
