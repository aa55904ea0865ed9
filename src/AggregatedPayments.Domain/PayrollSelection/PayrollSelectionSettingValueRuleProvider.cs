using AggregatedPayments.Settings;

namespace AggregatedPayments.Payroll;

public sealed class PayrollSelectionSettingValueRuleProvider : ISettingValueRuleProvider
{
    public void Define(IDictionary<string, Func<string, bool>> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        rules[PayrollSelectionSettingNames.AutoAggregate] = SettingValueRule.Boolean;
    }
}
