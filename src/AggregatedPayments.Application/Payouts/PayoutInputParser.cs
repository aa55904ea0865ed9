using AggregatedPayments.Channels;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Payouts;

/// <summary>Turns the API's inputs into the domain's requests, refusing with the domain's own codes.</summary>
internal static class PayoutInputParser
{
    public static PayoutLineRequest Line(string reference, long amountMinor, string currency, PayeeInput payee, string? purpose, string? remark) =>
        new(reference, new Money(amountMinor, Currency(currency)), Payee(payee), purpose, remark);

    public static PayeeDetails Payee(PayeeInput? payee)
    {
        if (payee is null)
        {
            throw new BusinessException(PayoutsErrorCodes.InvalidPayee).WithData("reason", "a payee is required");
        }

        return new PayeeDetails(payee.AccountNumber, payee.AccountName, AccountType(payee.AccountType), payee.BankCode, payee.BankName, payee.BranchName);
    }

    public static PayeeCorrection? Correction(CorrectPayeeDto? payee) => payee is null
        ? null
        : new PayeeCorrection(payee.AccountNumber, payee.AccountName, payee.AccountType is null ? null : AccountType(payee.AccountType), payee.BankCode, payee.BankName, payee.BranchName);

    /// <summary>Line number to amount; a line named twice is a mistake, not a last-one-wins.</summary>
    public static IReadOnlyDictionary<int, long> LineAmounts(IReadOnlyList<CorrectPayoutLineDto>? lines)
    {
        var amounts = new Dictionary<int, long>();
        foreach (var line in lines ?? [])
        {
            if (!amounts.TryAdd(line.LineNumber, line.AmountMinor))
            {
                throw new InvalidInputException(nameof(CorrectPayoutDto.Lines), $"Line {line.LineNumber} appears more than once.");
            }
        }

        return amounts;
    }

    private static string Currency(string? currency)
    {
        var code = currency?.Trim().ToUpperInvariant() ?? "";
        return code.Length == PayoutConsts.CurrencyLength && code.All(char.IsAsciiLetterUpper)
            ? code
            : throw new InvalidInputException("Currency", "A three-letter ISO 4217 currency code.");
    }

    // Names only, as the JSON shows them: a number would name whatever member happens to have it.
    private static PayeeAccountType AccountType(string? type) =>
        Enum.TryParse<PayeeAccountType>(type?.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(type!.Trim()[0])
            ? parsed
            : throw new BusinessException(PayoutsErrorCodes.InvalidPayee).WithData("reason", "unknown account type");
}
