using System.Globalization;

namespace AggregatedPayments.Payouts;

/// <summary>
/// What one payout of the chaos run is and what the simulated bank will do with it, derived from its
/// number alone: half to Alipay accounts (paid at once), four in ten to bank cards (dealing until the
/// test settles them: success, failure, or success and later a refund), one in ten to a payee the
/// simulator refuses before paying anything.
/// </summary>
public sealed record ChaosPayoutPlan(int Number, ChaosPayoutKind Kind, string? CardVerdict, bool RefundAfterSuccess)
{
    public const string Success = "SUCCESS";
    public const string Fail = "FAIL";
    public const string Refund = "REFUND";

    public string Reference => "CHAOS-" + Number.ToString("D5", CultureInfo.InvariantCulture);

    public long AmountMinor => 1_00 + (Number * 7919L % 19_00);

    public bool IsCard => Kind is ChaosPayoutKind.Card or ChaosPayoutKind.RefusedCard;

    public static ChaosPayoutPlan For(int number) => (number % 10) switch
    {
        < 5 => new(number, ChaosPayoutKind.Account, null, false),
        5 => new(number, ChaosPayoutKind.Card, Success, RefundAfterSuccess: true),
        6 or 7 => new(number, ChaosPayoutKind.Card, Success, false),
        8 => new(number, ChaosPayoutKind.Card, Fail, false),
        _ => new(number, (number / 10 % 3) switch { 0 => ChaosPayoutKind.UnknownAccount, 1 => ChaosPayoutKind.NameMismatch, _ => ChaosPayoutKind.RefusedCard }, null, false)
    };

    public CreatePayoutDto ToCreate(Guid accountChannelId, Guid cardChannelId) => new()
    {
        MerchantReference = Reference,
        AmountMinor = AmountMinor,
        Currency = "CNY",
        Payee = Payee(),
        Purpose = "Salary",
        MerchantChannelId = IsCard ? cardChannelId : accountChannelId
    };

    private PayeeInput Payee()
    {
        var n = Number.ToString("D6", CultureInfo.InvariantCulture);
        return Kind switch
        {
            ChaosPayoutKind.Account => Account("2088102100" + n, "张三"),
            ChaosPayoutKind.UnknownAccount => Account("2088notexist" + n, "张三"),
            ChaosPayoutKind.NameMismatch => Account("2088102100" + n, "mismatch 李四"),
            ChaosPayoutKind.RefusedCard => Card("6222badcard" + n),
            _ => Card("6222020200" + n)
        };
    }

    private static PayeeInput Account(string userId, string name) => new() { AccountNumber = userId, AccountName = name, AccountType = "ProviderUserId" };

    private static PayeeInput Card(string number) => new() { AccountNumber = number, AccountName = "王五", AccountType = "BankCard", BankCode = "ICBC", BankName = "中国工商银行" };
}
