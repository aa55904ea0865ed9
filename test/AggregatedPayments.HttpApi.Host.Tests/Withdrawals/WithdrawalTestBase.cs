using AggregatedPayments.Hosting;
using AggregatedPayments.Ledger;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Withdrawals;

/// <summary>
/// A funded sandbox merchant channel opened with the withdraw function, the merchant's admin as the one who
/// asks, and a second user who may only see and confirm cards.
/// </summary>
public abstract class WithdrawalTestBase(AggregatedPaymentsWebFactory factory) : PayoutHostTestBase(factory)
{
    protected const string ConfirmerName = "card-checker";

    protected const string CardNumber = "6222 0288 1111 2222";

    protected static readonly string[] WithWithdraw = ["Payout", "Query", "Balance", "Withdraw"];

    protected Task<PayoutMerchant> CreateWithdrawingMerchantAsync(long initialBalanceMinor = 1_000_00) =>
        CreatePayoutMerchantAsync(initialBalanceMinor, functions: WithWithdraw);

    protected async Task<WithdrawalCardClientProxy> ConfirmerAsync(PayoutMerchant m)
    {
        await CreateUserWithPermissionsAsync(m.Admin, ConfirmerName, WithdrawalPermissions.View, WithdrawalPermissions.ConfirmCard);
        return new WithdrawalCardClientProxy(await LoginAsync(m.Merchant.Code, ConfirmerName, DefaultPassword));
    }

    protected static WithdrawalCardClientProxy Cards(PayoutMerchant m) => new(m.Admin);

    protected static WithdrawalClientProxy Withdrawals(PayoutMerchant m) => new(m.Admin);

    protected static RequestWithdrawalCardDto Card(PayoutMerchant m, string number = CardNumber) =>
        new() { MerchantChannelId = m.MerchantChannelId, AccountNumber = number, AccountName = "Merchant Ltd", BankCode = "ICBC" };

    /// <summary>Registers the card and has the second user confirm it.</summary>
    protected async Task<WithdrawalCardDto> RegisterCardAsync(PayoutMerchant m)
    {
        var requested = await Cards(m).RequestAsync(Card(m));
        return await (await ConfirmerAsync(m)).ConfirmAsync(requested.Id, new DecideWithdrawalCardDto { Reason = "matches the bank letter" });
    }

    protected static CreateWithdrawalDto Withdraw(PayoutMerchant m, string reference, long minor) =>
        new() { MerchantChannelId = m.MerchantChannelId, MerchantReference = reference, AmountMinor = minor, Currency = "CNY" };

    protected static async Task<LedgerBalanceDto> BalanceAsync(PayoutMerchant m) =>
        (await new LedgerClientProxy(m.Admin).GetBalancesAsync()).Single(b => b.MerchantChannelId == m.MerchantChannelId);
}
