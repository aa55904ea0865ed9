using AggregatedPayments.Payouts;

namespace AggregatedPayments.Withdrawals;

public static class WithdrawalConsts
{
    public const int MaxReasonLength = PayoutConsts.MaxReasonLength;

    public const int MaxActorLength = PayoutConsts.MaxActorLength;

    /// <summary>The user name a signed API call acts as starts with this: such a caller never confirms a card.</summary>
    public const string ApiCallerPrefix = Merchants.MerchantApiCredentialConsts.ApiUserNamePrefix;
}
