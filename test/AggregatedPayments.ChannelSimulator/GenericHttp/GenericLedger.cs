using System.Globalization;
using AggregatedPayments.ChannelSimulator.Admin;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.ChannelSimulator.GenericHttp;

/// <summary>The provider's books: one account per configured merchant. Callers hold <see cref="Gate"/> to decide and book as one step.</summary>
public sealed class GenericLedger : ISimulatorState
{
    private readonly Dictionary<string, GenericAccount> accounts = new(StringComparer.Ordinal);
    private long sequence;

    public GenericLedger(IOptions<GenericSimulatorOptions> options)
    {
        foreach (var merchant in options.Value.Merchants)
        {
            if (string.IsNullOrEmpty(merchant.Id) || string.IsNullOrEmpty(merchant.Secret) || !GenericAmount.TryParse(merchant.InitialBalance, out var fen))
            {
                throw new InvalidOperationException("Each Generic:Merchants entry needs an Id, a Secret and an InitialBalance like 1000.00.");
            }

            accounts.Add(merchant.Id, new GenericAccount(merchant.Id, merchant.Secret, fen));
        }

        IdempotencyWindow = TimeSpan.FromHours(options.Value.IdempotencyWindowHours);
    }

    public Lock Gate { get; } = new();

    public TimeSpan IdempotencyWindow { get; }

    public GenericAccount? Find(string? merchantId) => merchantId is not null ? accounts.GetValueOrDefault(merchantId) : null;

    public string NextTxnId(DateTimeOffset now) =>
        "GP" + now.ToOffset(GenericProtocol.ProviderOffset).ToString("yyyyMMdd", CultureInfo.InvariantCulture)
        + Interlocked.Increment(ref sequence).ToString("D10", CultureInfo.InvariantCulture);

    public void Reset()
    {
        lock (Gate)
        {
            foreach (var account in accounts.Values)
            {
                account.Reset();
            }
        }
    }
}
