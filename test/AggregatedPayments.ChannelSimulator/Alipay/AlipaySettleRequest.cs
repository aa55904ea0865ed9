namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>Body of <c>POST /_sim/alipay/settle</c>: the bank's verdict on a bank-card transfer.</summary>
public sealed record AlipaySettleRequest(string OutBizNo, string Status, string? ErrorCode = null);
