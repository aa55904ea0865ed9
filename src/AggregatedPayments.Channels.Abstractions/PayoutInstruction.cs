namespace AggregatedPayments.Channels;

/// <summary>
/// One payout as the platform asks for it. <see cref="Key"/> is the attempt's provider-shaped
/// idempotency key (out_biz_no, out_bill_no, Idempotency-Key…), made by <see cref="IPayoutChannelAdapter.FormatKey"/>
/// and stored before anything is sent.
/// </summary>
public sealed record PayoutInstruction(
    string Key,
    ChannelAmount Amount,
    Payee Payee,
    string Title,
    string? Remark = null,
    string? NotifyUrl = null);
