namespace AggregatedPayments.Payroll.DataSources;

/// <summary>One page as read: its new items, how many rows the statement returned (the repeated boundary row included), and where the next page starts.</summary>
internal sealed record MerchantDatabasePage(IReadOnlyList<PayrollItemInput> Items, int RowCount, object LastReference);
