namespace AggregatedPayments.Merchants;

public static class MerchantSettingNames
{
    /// <summary>How long the credentials a rotation replaces keep working, so a merchant can switch its systems over.</summary>
    public const string ApiCredentialOverlapHours = "AggregatedPayments.Merchants.ApiCredentialOverlapHours";
}
