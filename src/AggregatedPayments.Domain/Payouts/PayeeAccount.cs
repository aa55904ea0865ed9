using AggregatedPayments.Channels;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Who an order pays, as stored: the account number only encrypted, a blind index to find or compare
/// it without decrypting, and a mask for display. Made by <see cref="PayeeAccountFactory"/>.
/// </summary>
public sealed class PayeeAccount
{
    private PayeeAccount()
    {
    }

    internal PayeeAccount(
        string accountNumberCiphertext,
        string accountNumberIndex,
        string maskedAccountNumber,
        string accountName,
        PayeeAccountType accountType,
        string? bankCode,
        string? bankName,
        string? branchName)
    {
        AccountNumberCiphertext = accountNumberCiphertext;
        AccountNumberIndex = accountNumberIndex;
        MaskedAccountNumber = maskedAccountNumber;
        AccountName = accountName;
        AccountType = accountType;
        BankCode = bankCode;
        BankName = bankName;
        BranchName = branchName;
    }

    public string AccountNumberCiphertext { get; private set; } = null!;

    /// <summary>HMAC of the normalised number (<see cref="PayeeAccountFactory.IndexPurpose"/>).</summary>
    public string AccountNumberIndex { get; private set; } = null!;

    public string MaskedAccountNumber { get; private set; } = null!;

    public string AccountName { get; private set; } = null!;

    public PayeeAccountType AccountType { get; private set; }

    public string? BankCode { get; private set; }

    public string? BankName { get; private set; }

    public string? BranchName { get; private set; }

    public override string ToString() => $"{AccountType} {MaskedAccountNumber} {AccountName}";
}
