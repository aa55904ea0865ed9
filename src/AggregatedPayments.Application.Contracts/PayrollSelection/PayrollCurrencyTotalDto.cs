namespace AggregatedPayments.Payroll;

public sealed record PayrollCurrencyTotalDto(string Currency, int OrderCount, int ItemCount, long AmountMinor);
