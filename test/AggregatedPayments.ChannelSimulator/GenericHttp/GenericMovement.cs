namespace AggregatedPayments.ChannelSimulator.GenericHttp;

/// <summary>One booked movement of a merchant's account: a payout debit ("ok") or the credit of a return ("returned").</summary>
public sealed record GenericMovement(string Key, string TxnId, long AmountFen, string State, DateTimeOffset BookedAt);
