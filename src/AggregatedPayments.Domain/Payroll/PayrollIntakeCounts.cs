namespace AggregatedPayments.Payroll;

/// <summary>The counts one batch adds to its intake.</summary>
public sealed record PayrollIntakeCounts(long Read, long Created, long Unchanged, long Replaced, long Invalid, long Conflicts)
{
    public static PayrollIntakeCounts Zero { get; } = new(0, 0, 0, 0, 0, 0);

    public PayrollIntakeCounts Add(PayrollIntakeCounts other) => new(
        Read + other.Read, Created + other.Created, Unchanged + other.Unchanged,
        Replaced + other.Replaced, Invalid + other.Invalid, Conflicts + other.Conflicts);
}
