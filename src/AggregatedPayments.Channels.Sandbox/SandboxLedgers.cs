using System.Collections.Concurrent;

namespace AggregatedPayments.Channels.Sandbox;

/// <summary>
/// Every sandbox account of one process, by the merchant's account id: one adapter instance can
/// serve all merchants, and each sees only its own money.
/// </summary>
public sealed class SandboxLedgers
{
    private readonly ConcurrentDictionary<string, Lazy<SandboxLedger>> _ledgers = new(StringComparer.Ordinal);

    /// <summary>
    /// The account's ledger; when it is opened here, each sandbox currency is credited with
    /// <paramref name="openingBalanceMinor"/>. Later calls never credit again, whatever they pass.
    /// </summary>
    public SandboxLedger Open(string accountId, long openingBalanceMinor = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        ArgumentOutOfRangeException.ThrowIfNegative(openingBalanceMinor);

        // Lazy with the default thread-safety mode: racing first calls create (and credit) one ledger, not two.
        return _ledgers.GetOrAdd(accountId, id => new Lazy<SandboxLedger>(() => Create(id, openingBalanceMinor))).Value;
    }

    private static SandboxLedger Create(string accountId, long openingBalanceMinor)
    {
        var ledger = new SandboxLedger(accountId);
        if (openingBalanceMinor > 0)
        {
            foreach (var currency in SandboxCurrencies.Codes)
            {
                SandboxCurrencies.TryGetExponent(currency, out var exponent);
                ledger.TopUp(new ChannelAmount(openingBalanceMinor, currency, exponent));
            }
        }

        return ledger;
    }
}
