using AggregatedPayments.Exceptions;
using AggregatedPayments.Payouts;
using static AggregatedPayments.Ledger.LedgerAccount;

namespace AggregatedPayments.Ledger;

/// <summary>
/// Posts the fixed entries of each money event (ARCHITECTURE.md, "Ledger"), inside the caller's
/// transaction. Reporting an event again posts nothing and is not an error.
/// </summary>
public sealed class LedgerService(ILedgerStore store, TimeProvider clock)
{
    /// <summary>
    /// Brings Available to what the provider says the merchant can still pay out, through Adjustments.
    /// <paramref name="syncId"/> names this sync, so a repeat of it posts nothing.
    /// </summary>
    public async Task<LedgerPostOutcome> SyncBalanceAsync(LedgerAccountKey key, Money providerAvailable, Guid syncId, CancellationToken cancellationToken)
    {
        providerAvailable.EnsureCurrency(key.Currency);
        await store.EnsureBalanceAsync(key, cancellationToken);

        // Locked first, so no hold slips in between reading Available and moving the difference.
        var balance = await store.LockBalanceAsync(key, cancellationToken)
                      ?? throw new InvalidOperationException($"The ledger balance of {key} vanished.");
        var difference = providerAvailable.Minor - balance.Available;
        if (difference == 0)
        {
            return LedgerPostOutcome.NothingToPost;
        }

        var (debit, credit) = difference > 0 ? (Available, Adjustments) : (Adjustments, Available);
        var posting = Posting(key, debit, credit, new Money(Math.Abs(difference), key.Currency), syncId, LedgerEventKind.BalanceSync);
        return Covered(await store.PostAsync(posting, balance.Available, cancellationToken), posting);
    }

    /// <summary>Available → Held for a new attempt; refuses with <see cref="LedgerErrorCodes.InsufficientAvailable"/> and writes nothing when Available is short.</summary>
    public async Task<LedgerPostOutcome> HoldAsync(LedgerAccountKey key, Guid attemptId, Money amount, CancellationToken cancellationToken)
    {
        var outcome = await store.PostAsync(Posting(key, Held, Available, amount, attemptId, LedgerEventKind.Hold), null, cancellationToken);
        if (outcome == LedgerPostOutcome.NotCovered)
        {
            var balance = await store.FindBalanceAsync(key, cancellationToken);
            throw new BusinessException(LedgerErrorCodes.InsufficientAvailable)
                .WithData("available", balance?.Available ?? 0)
                .WithData("amount", amount.Minor)
                .WithData("currency", key.Currency);
        }

        return outcome;
    }

    /// <summary>
    /// Held → PaidOut, and the provider's fee into Fees: from Available, or — when Available cannot
    /// cover a fee nobody set aside — from Adjustments, which the next balance sync settles.
    /// </summary>
    public async Task<LedgerPostOutcome> SettleSuccessAsync(LedgerAccountKey key, Guid attemptId, Money amount, Money? fee, CancellationToken cancellationToken)
    {
        var success = Posting(key, PaidOut, Held, amount, attemptId, LedgerEventKind.Success);
        var outcome = Covered(await store.PostAsync(success, null, cancellationToken), success);
        if (fee is { IsZero: false })
        {
            var fromAvailable = await store.PostAsync(Posting(key, Fees, Available, fee, attemptId, LedgerEventKind.Fee), null, cancellationToken);
            if (fromAvailable == LedgerPostOutcome.NotCovered)
            {
                var fromAdjustments = Posting(key, Fees, Adjustments, fee, attemptId, LedgerEventKind.Fee);
                Covered(await store.PostAsync(fromAdjustments, null, cancellationToken), fromAdjustments);
            }
        }

        return outcome;
    }

    /// <summary>Held → Available when an attempt failed or was cancelled.</summary>
    public async Task<LedgerPostOutcome> ReleaseAsync(LedgerAccountKey key, Guid attemptId, Money amount, CancellationToken cancellationToken)
    {
        var posting = Posting(key, Available, Held, amount, attemptId, LedgerEventKind.Release);
        return Covered(await store.PostAsync(posting, null, cancellationToken), posting);
    }

    /// <summary>PaidOut → Available when a paid attempt came back.</summary>
    public async Task<LedgerPostOutcome> ReturnAsync(LedgerAccountKey key, Guid attemptId, Money amount, CancellationToken cancellationToken)
    {
        var posting = Posting(key, Available, PaidOut, amount, attemptId, LedgerEventKind.Return);
        return Covered(await store.PostAsync(posting, null, cancellationToken), posting);
    }

    private LedgerPosting Posting(LedgerAccountKey key, LedgerAccount debit, LedgerAccount credit, Money amount, Guid sourceId, LedgerEventKind kind) =>
        new(Guid.NewGuid(), key, debit, credit, amount, sourceId, kind, clock.GetUtcNow().UtcDateTime);

    // Held and PaidOut always cover what was put into them for the same attempt; if not, the ledger is broken and must stop, not guess.
    private static LedgerPostOutcome Covered(LedgerPostOutcome outcome, LedgerPosting posting) =>
        outcome != LedgerPostOutcome.NotCovered
            ? outcome
            : throw new InvalidOperationException(
                $"The ledger of {posting.Key} cannot cover {posting.EventKind} of {posting.AmountMinor} from {posting.CreditAccount} for {posting.SourceId}.");
}
