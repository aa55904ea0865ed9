namespace AggregatedPayments.Settings;

/// <summary>Says which texts a setting accepts, for settings whose readers parse them (numbers, flags, zones).</summary>
public interface ISettingValueRuleProvider
{
    void Define(IDictionary<string, Func<string, bool>> rules);
}
