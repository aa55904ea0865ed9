using System.Text.Json.Nodes;

namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>A transfer the simulated Alipay accepted, with the exact answer it gave, for idempotent resends.</summary>
public sealed record AlipayTransfer(
    string OutBizNo,
    JsonNode BizContent,
    long AmountFen,
    string OrderId,
    string PayFundOrderId,
    string Status,
    DateTimeOffset PaidAt,
    string AnswerBody);
