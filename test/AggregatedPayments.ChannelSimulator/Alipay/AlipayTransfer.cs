using System.Text.Json.Nodes;

namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>
/// A transfer the simulated Alipay accepted, with the exact answer it gave (for idempotent
/// resends) and its current state. <see cref="PayDate"/> is when it reached its latest final state.
/// </summary>
public sealed record AlipayTransfer(
    string OutBizNo,
    string AppId,
    JsonNode BizContent,
    long AmountFen,
    string ProductCode,
    string BizScene,
    string Title,
    string PayeeIdentity,
    string OrderId,
    string PayFundOrderId,
    string Status,
    DateTimeOffset AcceptedAt,
    DateTimeOffset? PayDate,
    string? ErrorCode,
    string? FailReason,
    Uri? NotifyUrl,
    string AnswerBody)
{
    public bool IsBankCard => ProductCode == AlipayProducts.ToBankCard;
}
