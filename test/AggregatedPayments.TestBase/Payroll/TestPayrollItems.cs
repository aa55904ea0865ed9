namespace AggregatedPayments.Payroll;

/// <summary>Pending payouts for tests: valid ICBC card payouts in CNY, numbered, each field changeable with <c>with</c>.</summary>
public static class TestPayrollItems
{
    public static PayrollItemInput Valid(long number, long amountMinor = 100_00, string? reference = null, long? line = null) => new(
        line ?? number,
        reference ?? $"PAY-{number:D6}",
        $"Payee {number}",
        TestCardNumbers.Valid(number),
        "ICBC",
        amountMinor,
        "CNY",
        "Salary");

    public static async IAsyncEnumerable<PayrollItemInput> Stream(IEnumerable<PayrollItemInput> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }
}
