namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>The product codes and statuses of <c>alipay.fund.trans.uni.transfer</c> the simulator implements.</summary>
public static class AlipayProducts
{
    public const string ToAccount = "TRANS_ACCOUNT_NO_PWD";
    public const string ToBankCard = "TRANS_BANKCARD_NO_PWD";
    public const string DirectTransfer = "DIRECT_TRANSFER";

    public const string Success = "SUCCESS";
    public const string Dealing = "DEALING";
    public const string Fail = "FAIL";
    public const string Refund = "REFUND";

    public static bool IsKnown(string? productCode) => productCode is ToAccount or ToBankCard;
}
