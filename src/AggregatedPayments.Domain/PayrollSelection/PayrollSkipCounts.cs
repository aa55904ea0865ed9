namespace AggregatedPayments.Payroll;

/// <summary>How many chosen items were left out, by reason.</summary>
public sealed class PayrollSkipCounts
{
    private readonly int[] _counts = new int[Enum.GetValues<PayrollSkipReason>().Length];

    public int Total => _counts.Sum();

    public int this[PayrollSkipReason reason] => _counts[(int)reason];

    public void Add(PayrollSkipReason reason, int count = 1) => _counts[(int)reason] += count;

    public void Add(PayrollSkipCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var reason in Enum.GetValues<PayrollSkipReason>())
        {
            Add(reason, other[reason]);
        }
    }
}
