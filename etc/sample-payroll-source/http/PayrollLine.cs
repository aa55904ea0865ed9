using System.Globalization;
using System.Text.Json;

namespace SamplePayrollSource;

/// <summary>One pending payout of the generated list: the same seed and number always give the same line.</summary>
public sealed record PayrollLine(string MerchantReference, string PayeeName, string AccountNumber, string BankCode, long AmountMinor, string Remark)
{
    private static readonly string[] Banks = ["ICBC", "ABC", "BOC", "CCB", "CMB"];
    private static readonly string[] FamilyNames = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu"];
    private static readonly string[] GivenNames = ["Wei", "Fang", "Na", "Min", "Jing", "Lei", "Qiang", "Yan", "Jun", "Xiu"];

    public static PayrollLine Generate(int seed, int number)
    {
        // Seeded Random is the same sequence on every run (HashCode would not be: it is randomised per process).
        var random = new Random(unchecked((seed * 1_000_003) + number));
        var family = FamilyNames[random.Next(FamilyNames.Length)];
        var given = GivenNames[random.Next(GivenNames.Length)];
        return new PayrollLine(
            string.Create(CultureInfo.InvariantCulture, $"SAMPLE-{seed}-{number:D7}"),
            $"{family} {given}",
            CardNumber(random),
            Banks[random.Next(Banks.Length)],
            random.NextInt64(3_000_00, 30_000_00),
            string.Create(CultureInfo.InvariantCulture, $"Salary, line {number}"));
    }

    public void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("merchantReference", MerchantReference);
        json.WriteString("payeeName", PayeeName);
        json.WriteString("accountNumber", AccountNumber);
        json.WriteString("accountType", "BankCard");
        json.WriteString("bankCode", BankCode);
        json.WriteNumber("amountMinor", AmountMinor);
        json.WriteString("currency", "CNY");
        json.WriteString("purpose", "Salary");
        json.WriteString("remark", Remark);
        json.WriteEndObject();
    }

    /// <summary>A 19-digit UnionPay card number (62…) whose last digit is its Luhn check digit, as the banks issue them.</summary>
    private static string CardNumber(Random random)
    {
        var digits = "62" + string.Concat(Enumerable.Range(0, 16).Select(_ => (char)('0' + random.Next(10))));
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            // Counting from the check digit to come, every second digit from the right of the body is doubled.
            var digit = digits[digits.Length - 1 - i] - '0';
            sum += i % 2 == 0 ? (digit * 2) - (digit > 4 ? 9 : 0) : digit;
        }

        return digits + (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
