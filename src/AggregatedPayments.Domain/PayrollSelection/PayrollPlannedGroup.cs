namespace AggregatedPayments.Payroll;

/// <summary>Items that become one payout order, in reference order; numbered from 0 in the order planning met them.</summary>
public sealed record PayrollPlannedGroup(int Number, IReadOnlyList<PayrollSelectedItem> Items)
{
    public PayrollSelectedItem First => Items[0];

    public string Currency => First.Currency;

    public long AmountMinor => Items.Sum(i => i.AmountMinor);
}
