using AggregatedPayments.Settings;

namespace AggregatedPayments.Merchants.Credentials;

public sealed class MerchantApiCredentialSettingValueRuleProvider : ISettingValueRuleProvider
{
    public void Define(IDictionary<string, Func<string, bool>> rules) =>
        rules[MerchantSettingNames.ApiCredentialOverlapHours] = SettingValueRule.Integer(0, 24 * 30);
}
