using AggregatedPayments.Settings;

namespace AggregatedPayments.Merchants;

public sealed class MerchantSettingDefinitionProvider : ISettingDefinitionProvider
{
    public void Define(ICollection<SettingDefinition> settings) =>
        settings.Add(new SettingDefinition(MerchantSettingNames.ApiCredentialOverlapHours, "24", SettingLevels.Global));
}
