using AggregatedPayments.Channels;
using AggregatedPayments.Encryption;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Turns clear payee details into a stored <see cref="PayeeAccount"/> and back. Numbers are normalised
/// first (a bank card loses its spaces and dashes) so that one account always gives one blind index.
/// </summary>
public sealed class PayeeAccountFactory(IEncryptionService encryption, IBlindIndexer blindIndexer)
{
    public const string EncryptionPurpose = "Payouts.PayeeAccountNumber";
    public const string IndexPurpose = "Payouts.PayeeAccountNumber";

    public async Task<PayeeAccount> CreateAsync(PayeeDetails details, CancellationToken cancellationToken)
    {
        var normalized = Normalize(details);
        var number = normalized.AccountNumber;
        var ciphertext = await encryption.EncryptAsync(number, EncryptionPurpose, cancellationToken);
        return new PayeeAccount(
            ciphertext,
            blindIndexer.Compute(IndexPurpose, number),
            SensitiveValueMasker.MaskAccountNumber(number)!,
            normalized.AccountName,
            normalized.AccountType,
            normalized.BankCode,
            normalized.BankName,
            normalized.BranchName);
    }

    /// <summary>
    /// Encrypts a number that is already normalised (<see cref="NormalizeNumberText"/>): the form payroll items keep
    /// it in until they become orders, with the same index an order of that payee would carry.
    /// </summary>
    public async Task<EncryptedAccountNumber> ProtectNormalizedNumberAsync(string normalizedNumber, CancellationToken cancellationToken) =>
        new(
            await encryption.EncryptAsync(normalizedNumber, EncryptionPurpose, cancellationToken),
            blindIndexer.Compute(IndexPurpose, normalizedNumber),
            SensitiveValueMasker.MaskAccountNumber(normalizedNumber) ?? "",
            blindIndexer.ComputeForLookup(IndexPurpose, normalizedNumber));

    /// <summary>The clear number, for the adapter call that needs it; never for a response or a log.</summary>
    public Task<string> DecryptAccountNumberAsync(PayeeAccount account, CancellationToken cancellationToken) =>
        encryption.DecryptAsync(account.AccountNumberCiphertext, EncryptionPurpose, cancellationToken);

    /// <summary>True when <paramref name="details"/> names the account whose stored index is <paramref name="storedIndex"/> (under the current or a previous key).</summary>
    public bool IsSameAccountNumber(string storedIndex, PayeeDetails details)
    {
        var number = NormalizeNumber(details.AccountType, details.AccountNumber);
        return blindIndexer.ComputeForLookup(IndexPurpose, number).Contains(storedIndex);
    }

    /// <summary>Trimmed fields, empty optional ones as null, every limit checked; the number is normalised separately.</summary>
    public static PayeeDetails Normalize(PayeeDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (!Enum.IsDefined(details.AccountType))
        {
            throw Invalid("unknown account type");
        }

        var name = details.AccountName?.Trim() ?? "";
        if (name.Length is 0 or > PayoutConsts.MaxAccountNameLength)
        {
            throw Invalid($"the account name needs 1 to {PayoutConsts.MaxAccountNameLength} characters");
        }

        return details with
        {
            AccountNumber = NormalizeNumber(details.AccountType, details.AccountNumber),
            AccountName = name,
            BankCode = Optional(details.BankCode, PayoutConsts.MaxBankCodeLength, "bank code"),
            BankName = Optional(details.BankName, PayoutConsts.MaxBankNameLength, "bank name"),
            BranchName = Optional(details.BranchName, PayoutConsts.MaxBranchNameLength, "branch name")
        };
    }

    /// <summary>A bank card loses its spaces and dashes; other accounts are only trimmed.</summary>
    public static string NormalizeNumberText(PayeeAccountType type, string? number)
    {
        var trimmed = number?.Trim() ?? "";
        return type == PayeeAccountType.BankCard
            ? new string(trimmed.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant()
            : trimmed;
    }

    private static string NormalizeNumber(PayeeAccountType type, string? number)
    {
        var normalized = NormalizeNumberText(type, number);
        if (normalized.Length is 0 or > PayoutConsts.MaxAccountNumberLength || normalized.Any(char.IsControl))
        {
            throw Invalid($"the account number needs 1 to {PayoutConsts.MaxAccountNumberLength} characters");
        }

        return normalized;
    }

    private static string? Optional(string? value, int maxLength, string what)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= maxLength ? trimmed : throw Invalid($"the {what} has at most {maxLength} characters");
    }

    private static BusinessException Invalid(string reason) =>
        new BusinessException(PayoutsErrorCodes.InvalidPayee).WithData("reason", reason);
}
