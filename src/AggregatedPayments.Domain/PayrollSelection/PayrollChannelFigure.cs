namespace AggregatedPayments.Payroll;

/// <summary>
/// What a submission would send through one merchant channel in one currency — or, with no channel, what no
/// channel could take now (<paramref name="RefusalCode"/>) — against the channel's Available in the ledger.
/// </summary>
public sealed record PayrollChannelFigure(
    Guid? MerchantChannelId,
    string? ChannelCode,
    string? ChannelName,
    string Currency,
    int OrderCount,
    int ItemCount,
    long AmountMinor,
    long AvailableMinor,
    string? RefusalCode)
{
    public long ShortfallMinor => MerchantChannelId is null ? AmountMinor : Math.Max(0, AmountMinor - AvailableMinor);

    public bool IsShort => ShortfallMinor > 0;
}
