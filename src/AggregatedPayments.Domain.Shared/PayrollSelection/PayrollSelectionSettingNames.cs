namespace AggregatedPayments.Payroll;

public static class PayrollSelectionSettingNames
{
    /// <summary>Merchant level, default false: a submission that does not say otherwise merges items to the same payee into one order.</summary>
    public const string AutoAggregate = "AggregatedPayments.Payroll.AutoAggregate";
}
