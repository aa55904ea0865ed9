namespace AggregatedPayments.Payroll;

/// <summary>
/// What a submission sends through one merchant channel in one currency, against its Available balance in the
/// ledger, the shortfall flagged. A row without a channel holds what no channel would take now (<see cref="RefusalCode"/>).
/// </summary>
public sealed record PayrollChannelFigureDto(
    Guid? MerchantChannelId,
    string? ChannelCode,
    string? ChannelName,
    string Currency,
    int OrderCount,
    int ItemCount,
    long AmountMinor,
    long AvailableMinor,
    long ShortfallMinor,
    bool IsShort,
    string? RefusalCode,
    string? RefusalText);
