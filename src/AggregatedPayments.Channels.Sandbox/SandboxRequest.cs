namespace AggregatedPayments.Channels.Sandbox;

/// <summary>
/// The sandbox's wire request: what a provider would read from the body, and nothing from the
/// platform's side of the call, so that resending the stored bytes is the whole of a retry.
/// </summary>
public sealed record SandboxRequest(
    string Key,
    long AmountMinor,
    string Currency,
    int Exponent,
    string AccountNumber,
    string AccountName,
    PayeeAccountType AccountType,
    string? BankCode,
    string Title,
    bool Withdrawal)
{
    public ChannelAmount Amount => new(AmountMinor, Currency, Exponent);
}
