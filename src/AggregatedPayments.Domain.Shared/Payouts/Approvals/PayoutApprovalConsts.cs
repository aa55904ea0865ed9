namespace AggregatedPayments.Payouts;

public static class PayoutApprovalConsts
{
    /// <summary>The user name a signed API call acts as starts with this (the merchant API credentials' "api:" + key id).</summary>
    public const string ApiCallerPrefix = Merchants.MerchantApiCredentialConsts.ApiUserNamePrefix;

    public const int MaxReasonLength = PayoutConsts.MaxReasonLength;

    public const int MaxActorLength = PayoutConsts.MaxActorLength;
}
