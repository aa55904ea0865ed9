namespace AggregatedPayments.Payroll;

/// <summary>Form checks of bank account numbers: digits only, a sane length, and the Luhn check digit where the bank's cards carry one.</summary>
public static class BankCardNumber
{
    /// <summary>Personal cards have 16 to 19 digits; older passbook and company accounts run longer, up to 30.</summary>
    public const int MinLength = 12;

    public const int MaxLength = 30;

    public static bool HasValidForm(string number) =>
        number.Length is >= MinLength and <= MaxLength && number.All(char.IsAsciiDigit);

    /// <summary>The Luhn (mod 10) check over every digit, the last one being the check digit.</summary>
    public static bool PassesLuhn(string digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var digit = digits[i] - '0';
            if (doubleIt)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    /// <summary>Card numbers (16 to 19 digits) carry the check digit; longer account numbers do not.</summary>
    public static bool IsCardLength(string number) => number.Length is >= 16 and <= 19;
}
