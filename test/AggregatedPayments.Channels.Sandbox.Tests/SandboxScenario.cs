using Microsoft.Extensions.Time.Testing;

namespace AggregatedPayments.Channels.Sandbox;

/// <summary>One merchant's view of a sandbox adapter, with the platform's clock under the test's control.</summary>
public sealed class SandboxScenario
{
    public const string Secret = "merchant-a-callback-secret";

    private static readonly HttpClient Unused = new();

    public SandboxScenario(SandboxChannelAdapter? adapter = null, string accountId = "merchant-a")
    {
        Adapter = adapter ?? new SandboxChannelAdapter();
        Values[SandboxParameterNames.AccountId] = accountId;
        Values[SandboxParameterNames.NotifySecret] = Secret;
    }

    /// <summary>2025-03-13 20:00 in UTC+8; tests move it only forward.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 3, 13, 12, 0, 0, TimeSpan.Zero));

    public SandboxChannelAdapter Adapter { get; }

    public Dictionary<string, string> Values { get; } = [];

    public ChannelContext Context => new(new ChannelParameters(Values), new Dictionary<ChannelFunctions, Uri>(), Unused, Clock);

    public SandboxLedger Ledger => Adapter.Ledgers.Open(Values[SandboxParameterNames.AccountId]);

    public static ChannelAmount Cny(long minor) => new(minor, "CNY", 2);

    public void Fund(long minor) => Ledger.TopUp(Cny(minor));

    public static PayoutInstruction Instruction(long minor, string? key = null, string account = "6222020000000001", string name = "张三") =>
        new(key ?? Guid.NewGuid().ToString("N"), Cny(minor), new Payee(account, name, PayeeAccountType.BankCard, "ICBC"), "Salary March");

    public StoredRequest Prepare(PayoutInstruction instruction) => Adapter.PrepareSubmit(instruction, Context);

    public Task<SubmitResult> SendAsync(StoredRequest request) => Adapter.SubmitAsync(request, Context, CancellationToken.None);

    public Task<SubmitResult> PayAsync(PayoutInstruction instruction) => SendAsync(Prepare(instruction));

    public Task<QueryResult> QueryAsync(PayoutInstruction instruction) =>
        Adapter.QueryAsync(instruction.Key, instruction.Amount, Context, CancellationToken.None);

    public async Task<BalanceResult.Known> BalanceAsync(string currency = "CNY") =>
        (BalanceResult.Known)await Adapter.QueryBalanceAsync(currency, Context, CancellationToken.None);
}
