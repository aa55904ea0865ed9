using System.Text.Json;
using System.Text.RegularExpressions;
using AggregatedPayments.Channels;
using AggregatedPayments.Dictionaries;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Checks one pending payout field by field and collects every reason it fails, so a clerk fixes a line
/// once: reference, payee name, account number (form, and the Luhn digit where the bank's dictionary entry
/// says its cards carry one), bank code from the Banks dictionary, amount (positive, exact in the currency,
/// within the merchant's single limit), currency (known and allowed to the merchant), purpose and remark.
/// </summary>
public sealed partial class PayrollItemValidator(IDictionaryLookup dictionaries, PayeeAccountFactory payees)
{
    /// <summary>The extra data key of a Banks item whose card numbers carry a check digit: <c>"cardCheck": "luhn"</c>.</summary>
    public const string CardCheckExtraKey = "cardCheck";

    public async Task<ValidatedPayrollItem> ValidateAsync(PayrollItemInput input, PayrollValidationRules rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rules);
        var errors = new List<string>(input.SourceErrors ?? []);

        var reference = Reference(input.MerchantReference, errors);
        var payeeName = Text(input.PayeeName, PayoutConsts.MaxAccountNameLength, PayrollErrorCodes.MissingPayeeName, PayrollErrorCodes.PayeeNameTooLong, errors);
        if (!PayrollAccountTypes.TryParse(input.AccountType, out var accountType))
        {
            errors.Add(PayrollErrorCodes.InvalidAccountType);
        }

        var number = PayeeAccountFactory.NormalizeNumberText(accountType, input.AccountNumber);
        var bankCode = Optional(input.BankCode)?.ToUpperInvariant();
        var bank = bankCode is null ? null : await dictionaries.FindItemAsync(DictionaryCodes.Banks, bankCode, cancellationToken);
        CheckAccount(accountType, number, bankCode, bank, errors);

        var currency = Optional(input.Currency)?.ToUpperInvariant();
        var amountMinor = await AmountAsync(input, currency, rules, errors, cancellationToken);
        var purpose = Optional(input.Purpose);
        if (purpose is { Length: > PayoutConsts.MaxPurposeLength })
        {
            errors.Add(PayrollErrorCodes.PurposeTooLong);
        }

        var remark = Optional(input.Remark);
        if (remark is { Length: > PayoutConsts.MaxRemarkLength })
        {
            errors.Add(PayrollErrorCodes.RemarkTooLong);
        }

        var storedNumber = Clip(number, PayoutConsts.MaxAccountNumberLength);
        var account = await payees.ProtectNormalizedNumberAsync(storedNumber, cancellationToken);
        var storedCurrency = currency is { Length: PayoutConsts.CurrencyLength } && currency.All(char.IsAsciiLetterUpper) ? currency : "XXX";
        var hash = errors.Count == 0
            ? PayoutLineContent.Hash(
                MerchantReference.Parse(reference), new Money(amountMinor, storedCurrency), purpose, remark,
                new PayeeDetails(storedNumber, payeeName, accountType, bankCode))
            : InvalidContentHash(input);

        return new ValidatedPayrollItem(
            input.Line, input.MerchantReference, reference, Clip(payeeName, PayoutConsts.MaxAccountNameLength), accountType, account,
            bankCode is null ? null : Clip(bankCode, PayoutConsts.MaxBankCodeLength), amountMinor, storedCurrency,
            purpose is null ? null : Clip(purpose, PayoutConsts.MaxPurposeLength), remark is null ? null : Clip(remark, PayoutConsts.MaxRemarkLength),
            hash, errors);
    }

    private static string Reference(string? given, List<string> errors)
    {
        var trimmed = given?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            errors.Add(PayrollErrorCodes.MissingReference);
            return "";
        }

        if (trimmed.Length > PayoutConsts.MaxMerchantReferenceLength || !ReferenceAlphabet().IsMatch(trimmed))
        {
            errors.Add(PayrollErrorCodes.InvalidReference);
            return "";
        }

        return trimmed;
    }

    private static void CheckAccount(PayeeAccountType type, string number, string? bankCode, DictionaryItemInfo? bank, List<string> errors)
    {
        if (number.Length == 0)
        {
            errors.Add(PayrollErrorCodes.MissingAccountNumber);
        }

        if (type == PayeeAccountType.BankCard)
        {
            if (bankCode is null)
            {
                errors.Add(PayrollErrorCodes.MissingBankCode);
            }
            else if (bank is null)
            {
                errors.Add(PayrollErrorCodes.UnknownBankCode);
            }

            if (number.Length == 0)
            {
                return;
            }

            if (!BankCardNumber.HasValidForm(number))
            {
                errors.Add(PayrollErrorCodes.InvalidAccountNumber);
            }
            else if (bank?.GetExtraString(CardCheckExtraKey) == "luhn" && BankCardNumber.IsCardLength(number) && !BankCardNumber.PassesLuhn(number))
            {
                errors.Add(PayrollErrorCodes.AccountNumberCheckFailed);
            }

            return;
        }

        if (number.Length > 0 && (number.Length > PayoutConsts.MaxAccountNumberLength || !ProviderAccount().IsMatch(number)))
        {
            errors.Add(PayrollErrorCodes.InvalidAccountNumber);
        }
    }

    private async Task<long> AmountAsync(PayrollItemInput input, string? currency, PayrollValidationRules rules, List<string> errors, CancellationToken cancellationToken)
    {
        CurrencyInfo? info = null;
        if (currency is null)
        {
            errors.Add(PayrollErrorCodes.MissingCurrency);
        }
        else if ((info = await dictionaries.FindCurrencyAsync(currency, cancellationToken)) is null)
        {
            errors.Add(PayrollErrorCodes.UnknownCurrency);
        }
        else if (!rules.Policy.AllowsCurrency(currency))
        {
            errors.Add(PayrollErrorCodes.CurrencyNotAllowed);
        }

        long minor;
        if (input.AmountMinor is { } given)
        {
            minor = given;
            if (given <= 0)
            {
                errors.Add(PayrollErrorCodes.AmountNotPositive);
                return 0;
            }
        }
        else if (string.IsNullOrWhiteSpace(input.AmountText))
        {
            errors.Add(PayrollErrorCodes.MissingAmount);
            return 0;
        }
        else if (info is null)
        {
            // Without a currency the decimals cannot be read: the currency's error says why.
            return 0;
        }
        else if (PayrollAmountParser.TryParse(input.AmountText, info.MinorUnits, out minor) is { } amountError)
        {
            errors.Add(amountError);
            return 0;
        }

        if (currency is not null && rules.Policy.LimitFor(currency) is { } limit && !limit.AllowsSingle(minor))
        {
            errors.Add(PayrollErrorCodes.AmountAboveLimit);
        }

        return minor;
    }

    private static string Text(string? given, int maxLength, string missing, string tooLong, List<string> errors)
    {
        var trimmed = given?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            errors.Add(missing);
        }
        else if (trimmed.Length > maxLength || trimmed.Any(char.IsControl))
        {
            errors.Add(tooLong);
        }

        return trimmed;
    }

    private static string? Optional(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    private static string Clip(string value, int length) => value.Length <= length ? value : value[..length];

    // Never equal to a valid item's hash: an invalid item's repeat is compared field by field as given.
    private static string InvalidContentHash(PayrollItemInput input) =>
        "x" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new[]
        {
            input.MerchantReference, input.PayeeName, input.AccountType, input.BankCode, input.AmountMinor?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            input.AmountText, input.Currency, input.Purpose, input.Remark
        })))[1..];

    [GeneratedRegex(PayoutConsts.MerchantReferencePattern, RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceAlphabet();

    // A login (phone or e-mail) or a provider's user id: printable, no spaces.
    [GeneratedRegex(@"^[A-Za-z0-9@._+\-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ProviderAccount();
}
