namespace AggregatedPayments.Channels.Alipay;

/// <summary>The open platform methods the adapter calls.</summary>
public static class AlipayMethods
{
    public const string Transfer = "alipay.fund.trans.uni.transfer";
    public const string TransferQuery = "alipay.fund.trans.common.query";
    public const string AccountQuery = "alipay.fund.account.query";
    public const string BillDownloadUrlQuery = "alipay.data.dataservice.bill.downloadurl.query";
}
