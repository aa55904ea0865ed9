using AggregatedPayments.Payroll;

namespace AggregatedPayments.Benchmarks;

/// <summary>
/// The payroll a run uploads: valid card payouts in CNY where about 30% of the lines go to payees paid three
/// times each (so aggregation merges them), the rest to a payee of their own. Amounts of 10.00 to 10.89 yuan;
/// those ending in <see cref="BenchmarkSetup.FailingEnding"/> fail at the sandbox's bank.
/// </summary>
public static class BenchmarkPayroll
{
    public const int SharedGroupSize = 3;

    public static IReadOnlyList<PayrollItemInput> Build(int lines)
    {
        var sharedLines = lines * 3 / 10 / SharedGroupSize * SharedGroupSize;
        var sharedPayees = sharedLines / SharedGroupSize;
        var items = new List<PayrollItemInput>(lines);
        for (var i = 0; i < lines; i++)
        {
            var payee = i < sharedLines ? 1 + i / SharedGroupSize : 1 + sharedPayees + (i - sharedLines);
            items.Add(TestPayrollItems.Valid(payee, 10_00 + i % 90, $"BENCH-{i + 1:D7}", i + 2));
        }

        return items;
    }

    /// <summary>Orders an aggregated submission makes: one per payee.</summary>
    public static int ExpectedOrders(int lines)
    {
        var sharedLines = lines * 3 / 10 / SharedGroupSize * SharedGroupSize;
        return sharedLines / SharedGroupSize + (lines - sharedLines);
    }
}
