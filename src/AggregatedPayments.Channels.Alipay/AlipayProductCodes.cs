namespace AggregatedPayments.Channels.Alipay;

/// <summary>The transfer products of <c>alipay.fund.trans.uni.transfer</c> this adapter pays with.</summary>
public static class AlipayProductCodes
{
    /// <summary>单笔无密转账到支付宝账户.</summary>
    public const string ToAccount = "TRANS_ACCOUNT_NO_PWD";

    /// <summary>单笔无密转账到银行卡.</summary>
    public const string ToBankCard = "TRANS_BANKCARD_NO_PWD";

    /// <summary>The business scene of both products; the query needs it next to out_biz_no.</summary>
    public const string DirectTransfer = "DIRECT_TRANSFER";

    public static bool IsKnown(string productCode) => productCode is ToAccount or ToBankCard;
}
