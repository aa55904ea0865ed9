using System.Globalization;
using AggregatedPayments.Payroll;

namespace AggregatedPayments.Demo;

/// <summary>
/// The demo's fixed payroll, 50 lines: fifteen employees paid a salary, a bonus and a reimbursement each (so
/// aggregation merges them into one order per employee, two of them above the 5,000.00 approval threshold),
/// then a large one-off payment that waits for approval, two amounts ending in 13 that the sandbox's bank
/// refuses, a card number with a wrong check digit and an unknown bank code, which the intake reports.
/// </summary>
public static class DemoPayroll
{
    public const int EmployeeCount = 15;

    private static readonly string[] Names =
    [
        "Zhang Wei", "Wang Fang", "Li Na", "Liu Yang", "Chen Jing", "Yang Li", "Zhao Lei", "Huang Min", "Zhou Jie", "Wu Tao",
        "Xu Ming", "Sun Qiang", "Ma Lin", "Zhu Hong", "Hu Jun", "Guo Hui", "He Xin", "Lin Ping", "Gao Yan", "Luo Bin"
    ];

    public static IReadOnlyList<DemoPayrollLine> Lines { get; } = Build();

    /// <summary>The references of the two lines the intake refuses.</summary>
    public static IReadOnlyList<string> InvalidReferences { get; } = ["DEMO-049", "DEMO-050"];

    private static List<DemoPayrollLine> Build()
    {
        var lines = new List<DemoPayrollLine>();
        string[] purposes = ["Salary", "Bonus", "Reimbursement"];
        for (var n = 0; n < EmployeeCount * purposes.Length; n++)
        {
            var payee = n % EmployeeCount + 1;
            var kind = n / EmployeeCount;
            var amount = kind switch
            {
                0 => payee <= 2 ? 4_800_00 : 1_500_00 + payee * 100_00,
                1 => 300_50 + payee * 20_00,
                _ => 80_00 + payee * 10_00
            };
            lines.Add(Line(lines.Count + 1, payee, amount, purposes[kind]));
        }

        lines.Add(Line(46, 16, 8_800_00, "Bonus", remark: "Project completion"));
        lines.Add(Line(47, 17, 3_456_13, "Salary"));
        lines.Add(Line(48, 18, 1_200_13, "Salary"));
        lines.Add(Line(49, 19, 2_100_00, "Salary") with { AccountNumber = WrongCheckDigit(Card(19)) });
        lines.Add(Line(50, 20, 1_900_00, "Salary") with { BankCode = "NOBANK" });
        return lines;
    }

    private static DemoPayrollLine Line(int number, int payee, long amountMinor, string purpose, string remark = "November 2026") => new(
        "DEMO-" + number.ToString("D3", CultureInfo.InvariantCulture), Names[payee - 1], Card(payee), "ICBC", amountMinor, "CNY", purpose, remark);

    /// <summary>An ICBC-looking 16-digit card per payee with a correct Luhn check digit.</summary>
    private static string Card(int payee)
    {
        var body = "622202" + payee.ToString("D9", CultureInfo.InvariantCulture);
        return Enumerable.Range(0, 10).Select(d => body + d).First(BankCardNumber.PassesLuhn);
    }

    private static string WrongCheckDigit(string card) => card[..^1] + (char)('0' + ((card[^1] - '0' + 1) % 10));
}
