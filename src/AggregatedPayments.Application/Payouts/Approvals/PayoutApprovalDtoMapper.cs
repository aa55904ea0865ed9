namespace AggregatedPayments.Payouts;

internal static class PayoutApprovalDtoMapper
{
    public static PayoutApprovalDto ToDto(PayoutApproval approval, PayoutOrder order, int lineCount) => new(
        approval.Id,
        approval.OrderId,
        approval.Status,
        approval.Cause,
        approval.ThresholdMinor,
        approval.DayTotalMinor,
        approval.AmountMinor,
        approval.Currency,
        order.Kind,
        PayoutDtoMapper.ToDto(order.Payee),
        lineCount,
        order.State,
        approval.MerchantChannelId,
        approval.RequestedBy,
        approval.RequestedByUserId,
        approval.CreationTime,
        approval.DecidedBy,
        approval.DecisionReason,
        approval.DecisionTime,
        approval.VoidedBy,
        approval.VoidReason,
        approval.VoidTime);
}
