namespace AggregatedPayments.Payroll;

/// <summary>Bank card numbers for tests: 16 digits starting 6222 (UnionPay), numbered, with a correct Luhn check digit.</summary>
public static class TestCardNumbers
{
    public static string Valid(long number)
    {
        var body = "6222" + number.ToString("D11", System.Globalization.CultureInfo.InvariantCulture);
        for (var check = 0; check <= 9; check++)
        {
            var candidate = body + check;
            if (BankCardNumber.PassesLuhn(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Some check digit always fits.");
    }

    /// <summary>The same number with its check digit off by one: fails Luhn.</summary>
    public static string WrongCheckDigit(long number)
    {
        var valid = Valid(number);
        return valid[..^1] + (char)('0' + ((valid[^1] - '0' + 1) % 10));
    }
}
