namespace AggregatedPayments.Payroll;

public sealed record PayrollCurrencyTotal(string Currency, int OrderCount, int ItemCount, long AmountMinor);
