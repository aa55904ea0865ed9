using AggregatedPayments.Channels;

namespace AggregatedPayments.Payroll;

/// <summary>
/// The account type as sources write it: the enum's name in any case, with or without underscores
/// ("BankCard", "BANK_CARD", "provider_user_id"); empty means a bank card, what payroll almost always is.
/// </summary>
public static class PayrollAccountTypes
{
    public static bool TryParse(string? text, out PayeeAccountType type)
    {
        type = PayeeAccountType.BankCard;
        var compact = text?.Trim().Replace("_", "", StringComparison.Ordinal) ?? "";
        if (compact.Length == 0)
        {
            return true;
        }

        return Enum.TryParse(compact, ignoreCase: true, out type) && Enum.IsDefined(type) && !compact.All(char.IsAsciiDigit);
    }
}
