using AggregatedPayments.Settings;

namespace AggregatedPayments.Payroll;

/// <summary>Each merchant decides whether its submissions merge items to the same payee when a clerk does not say.</summary>
public sealed class PayrollSelectionSettingDefinitionProvider : ISettingDefinitionProvider
{
    public void Define(ICollection<SettingDefinition> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Add(new SettingDefinition(PayrollSelectionSettingNames.AutoAggregate, "false", SettingLevels.Tenant, IsVisibleToClients: true));
    }
}
