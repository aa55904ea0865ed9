using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Channels;
using AggregatedPayments.Hosting;
using AggregatedPayments.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Payouts;

/// <summary>
/// A merchant with an open, funded sandbox channel, reached through the client proxies as an API caller
/// would; the jobs that send and query run when a test drains them (the hosted worker is off in tests).
/// </summary>
public abstract class PayoutHostTestBase(AggregatedPaymentsWebFactory factory) : HostTestBase(factory)
{
    /// <summary>Amounts whose minor units end in these digits are refused by the sandbox's bank.</summary>
    public const string FailingEnding = "13";

    public const string AccountNumber = "6222 0212 3456 7890";

    /// <param name="functions">The channel's functions, opened to the merchant as well; Payout, Query and Balance when none are given.</param>
    protected async Task<PayoutMerchant> CreatePayoutMerchantAsync(long initialBalanceMinor = 1_000_000_00, int processingSeconds = 0, string[]? functions = null)
    {
        var host = await HostAdminAsync();
        functions ??= ["Payout", "Query", "Balance"];
        var channel = await ChannelSetup.DefineAsync(host, "Sandbox", functions, new Dictionary<string, string?>
        {
            ["failAmountEndings"] = FailingEnding + "=PAYEE_BANK_REFUSED",
            ["processingDelaySeconds"] = processingSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)
        }, open: true, code: "sbx" + Guid.NewGuid().ToString("N")[..8], configure: update =>
        {
            update.SingleLimitMinor = 100_000_00;
            update.DailyLimitMinor = 10_000_000_00;
        });

        var merchant = await CreateMerchantAsync();
        var opened = await ChannelSetup.OpenToMerchantAsync(host, merchant.Id, channel.Id, functions, new Dictionary<string, string?>
        {
            ["accountId"] = "acct-" + merchant.Code,
            ["notifySecret"] = "notify-" + merchant.Code,
            ["initialBalance"] = initialBalanceMinor.ToString(System.Globalization.CultureInfo.InvariantCulture)
        }, priority: 1, weight: 10);

        // The ledger mirrors the provider's balance only once asked: as a merchant would before paying.
        await new LedgerClientProxy(merchant.Admin).SyncAsync(opened.Id);
        return new PayoutMerchant(merchant, opened.Id);
    }

    protected static CreatePayoutDto Plain(string reference, long minor = 100_00, Guid? merchantChannelId = null) => new()
    {
        MerchantReference = reference,
        AmountMinor = minor,
        Currency = "CNY",
        Payee = Payee(),
        Purpose = "Salary",
        MerchantChannelId = merchantChannelId
    };

    protected static PayeeInput Payee() =>
        new() { AccountNumber = AccountNumber, AccountName = "张三", AccountType = "BankCard", BankCode = "ICBC", BankName = "工商银行" };

    /// <summary>Runs every job that is due now, as the hosted worker would.</summary>
    protected Task<int> RunJobsAsync() => Factory.Services.GetRequiredService<BackgroundJobWorker>().RunPendingAsync();

}
