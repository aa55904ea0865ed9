using System.Globalization;
using AggregatedPayments.Account;
using AggregatedPayments.Channels;
using AggregatedPayments.Identity;
using AggregatedPayments.Ledger;
using AggregatedPayments.Merchants;

namespace AggregatedPayments.Benchmarks;

/// <summary>
/// What a platform administrator and a merchant do before a payroll, through the client proxies as their
/// systems would: the sandbox channel with payout, query and balance, opened to a new merchant with a large
/// balance, the ledger synced, an API secret (it signs notifications) and the notify address set.
/// </summary>
public static class BenchmarkSetup
{
    /// <summary>Amounts whose minor units end in these digits are refused by the sandbox's bank: some orders fail, as in life.</summary>
    public const string FailingEnding = "13";

    private const string MerchantPassword = "Bench-Passw0rd!";
    private static readonly string[] Functions = ["Payout", "Query", "Balance"];

    public static async Task<BenchmarkMerchant> CreateMerchantAsync(Uri host, string adminPassword, Uri notifyUrl, CancellationToken cancellationToken)
    {
        var admin = await SignInAsync(host, null, IdentityConsts.AdminUserName, adminPassword, cancellationToken);
        var channels = new ChannelClientProxy(admin);
        var channel = await channels.CreateAsync(new CreateChannelDto { Code = "bench-sbx", Name = "Sandbox", Provider = "Sandbox" }, cancellationToken);
        channel = await channels.UpdateAsync(channel.Id, new UpdateChannelDto
        {
            Name = channel.Name,
            Currencies = ["CNY"],
            Functions = Functions.Select(f => new ChannelFunctionDto { Function = f, IsEnabled = true }).ToList(),
            SingleLimitMinor = 100_000_00,
            DailyLimitMinor = 1_000_000_000_00,
            Version = channel.Version
        }, cancellationToken);
        await channels.UpdateParametersAsync(channel.Id, new UpdateChannelParametersDto
        {
            Values = new Dictionary<string, string?> { ["failAmountEndings"] = FailingEnding + "=PAYEE_BANK_REFUSED", ["processingDelaySeconds"] = "0" }
        }, cancellationToken);
        await channels.OpenAsync(channel.Id, cancellationToken);

        const string code = "bench";
        var merchant = await new MerchantClientProxy(admin).CreateAsync(
            new CreateMerchantDto { Code = code, Name = "Benchmark merchant", AdminPassword = MerchantPassword }, cancellationToken);
        var openings = new MerchantChannelClientProxy(admin);
        var opened = await openings.CreateAsync(merchant.Merchant.Id, new CreateMerchantChannelDto
        {
            ChannelId = channel.Id,
            Functions = [.. Functions],
            Priority = 1,
            Weight = 10,
            Parameters = new Dictionary<string, string?>
            {
                ["accountId"] = "acct-bench",
                ["notifySecret"] = "notify-bench",
                ["initialBalance"] = (1_000_000_000_00L).ToString(CultureInfo.InvariantCulture)
            }
        }, cancellationToken);
        opened = await openings.UpdateAsync(merchant.Merchant.Id, opened.Id, new UpdateMerchantChannelDto
        {
            Functions = [.. opened.Functions],
            Priority = opened.Priority,
            Weight = opened.Weight,
            IsOpen = true,
            Version = opened.Version
        }, cancellationToken);

        var merchantAdmin = await SignInAsync(host, code, IdentityConsts.AdminUserName, MerchantPassword, cancellationToken);
        await new LedgerClientProxy(merchantAdmin).SyncAsync(opened.Id, cancellationToken);
        var myMerchant = new MyMerchantClientProxy(merchantAdmin);
        await myMerchant.RotateApiCredentialAsync(cancellationToken);
        var parameters = await myMerchant.GetParametersAsync(cancellationToken);
        await myMerchant.UpdateParametersAsync(new UpdateMyMerchantParametersDto
        {
            NotifyUrl = notifyUrl.ToString(),
            AllowedIpRanges = [.. parameters.AllowedIpRanges],
            TimeZone = parameters.TimeZone,
            Version = parameters.Version
        }, cancellationToken);
        return new BenchmarkMerchant(merchantAdmin, opened.Id);
    }

    private static async Task<HttpClient> SignInAsync(Uri host, string? tenantCode, string userName, string password, CancellationToken cancellationToken)
    {
        var login = new LoginDto { TenantCode = tenantCode, UserName = userName, Password = password };
        var signIn = new SigningInHandler(host, login) { InnerHandler = new SocketsHttpHandler() };
        await signIn.SignInAsync(cancellationToken);
        // A 100,000-line upload outlives HttpClient's 100-second default.
        return new HttpClient(signIn) { BaseAddress = host, Timeout = TimeSpan.FromMinutes(30) };
    }
}
