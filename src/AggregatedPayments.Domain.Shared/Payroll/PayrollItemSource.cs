namespace AggregatedPayments.Payroll;

/// <summary>How a pending payout reached the platform.</summary>
public enum PayrollItemSource
{
    Api,
    Upload,
    HttpPull,
    DatabasePull
}
