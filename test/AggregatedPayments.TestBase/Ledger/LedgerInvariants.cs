using AggregatedPayments.Data;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Payouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace AggregatedPayments.Ledger;

/// <summary>
/// The money invariants of ARCHITECTURE.md, read from the tables across every merchant, for any test
/// to run after any scenario: postings and balances agree and sum to zero per currency; no account
/// but Adjustments is negative; Held is exactly the open attempts; each attempt carries the postings its
/// state implies; and no recorded move broke the state table (so no final state moved but Succeeded → Returned).
/// </summary>
public static class LedgerInvariants
{
    public static async Task AssertHoldAsync(this TestDatabase database)
    {
        var violations = await FindViolationsAsync(database.Services);
        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }

    public static async Task<IReadOnlyList<string>> FindViolationsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        using var allTenants = scope.ServiceProvider.GetRequiredService<IDataFilter>().DisableMultiTenantFilter();
        var db = scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>();
        var balances = await db.Set<LedgerBalance>().AsNoTracking().ToListAsync();
        var postings = await db.Set<LedgerPosting>().AsNoTracking().ToListAsync();
        var attempts = await db.Set<PayoutAttempt>().AsNoTracking().ToListAsync();
        var moves = await db.Set<PayoutStateChange>().AsNoTracking().Where(h => !h.IsIgnored && h.From != h.To).ToListAsync();

        var violations = new List<string>();
        violations.AddRange(PostingShapes(postings));
        violations.AddRange(BalancesMatchPostings(balances, postings));
        violations.AddRange(HeldIsOpenAttempts(balances, attempts));
        violations.AddRange(AttemptPostings(attempts, postings));
        violations.AddRange(moves.Where(m => !PayoutStateMachine.CanMove(m.From, m.To))
            .Select(m => $"order {m.OrderId} moved {m.From} → {m.To}, which the state table forbids"));
        return violations;
    }

    private static IEnumerable<string> PostingShapes(List<LedgerPosting> postings)
    {
        foreach (var posting in postings.Where(p => p.AmountMinor <= 0 || p.DebitAccount == p.CreditAccount))
        {
            yield return $"posting {posting.Id} moves {posting.AmountMinor} from {posting.CreditAccount} to {posting.DebitAccount}";
        }

        foreach (var repeat in postings.GroupBy(p => (p.SourceId, p.EventKind)).Where(g => g.Count() > 1))
        {
            yield return $"{repeat.Key.EventKind} of {repeat.Key.SourceId} posted {repeat.Count()} times";
        }
    }

    private static IEnumerable<string> BalancesMatchPostings(List<LedgerBalance> balances, List<LedgerPosting> postings)
    {
        foreach (var currency in balances.GroupBy(b => b.Currency))
        {
            var sum = currency.Sum(b => Enum.GetValues<LedgerAccount>().Sum(b.BalanceOf));
            if (sum != 0)
            {
                yield return $"the {currency.Key} balances sum to {sum}, not zero";
            }
        }

        foreach (var balance in balances)
        {
            var own = postings.Where(p => p.Key == balance.Key).ToList();
            foreach (var account in Enum.GetValues<LedgerAccount>())
            {
                var replayed = own.Where(p => p.DebitAccount == account).Sum(p => p.AmountMinor) - own.Where(p => p.CreditAccount == account).Sum(p => p.AmountMinor);
                if (replayed != balance.BalanceOf(account))
                {
                    yield return $"{balance.Key} {account} holds {balance.BalanceOf(account)} but its postings give {replayed}";
                }

                if (account != LedgerAccount.Adjustments && balance.BalanceOf(account) < 0)
                {
                    yield return $"{balance.Key} {account} is negative: {balance.BalanceOf(account)}";
                }
            }
        }

        foreach (var orphan in postings.Where(p => balances.All(b => b.Key != p.Key)))
        {
            yield return $"posting {orphan.Id} names {orphan.Key}, which has no balance row";
        }
    }

    private static IEnumerable<string> HeldIsOpenAttempts(List<LedgerBalance> balances, List<PayoutAttempt> attempts)
    {
        var open = attempts.Where(a => PayoutStateMachine.HoldsFunds(a.State))
            .GroupBy(a => new LedgerAccountKey(a.TenantId!.Value, a.MerchantChannelId, a.Currency))
            .ToDictionary(g => g.Key, g => g.Sum(a => a.AmountMinor));
        foreach (var key in balances.Select(b => b.Key).Union(open.Keys))
        {
            var held = balances.FirstOrDefault(b => b.Key == key)?.Held ?? 0;
            if (held != open.GetValueOrDefault(key))
            {
                yield return $"{key} holds {held} but its open attempts come to {open.GetValueOrDefault(key)}";
            }
        }
    }

    // Each state implies its chain: open attempts are held; final ones held and then paid out, released, or paid and returned.
    private static IEnumerable<string> AttemptPostings(List<PayoutAttempt> attempts, List<LedgerPosting> postings)
    {
        var kinds = postings.ToLookup(p => p.SourceId, p => p.EventKind);
        foreach (var attempt in attempts)
        {
            var posted = kinds[attempt.Id].Where(k => k != LedgerEventKind.Fee).Order().ToList();
            LedgerEventKind[] expected = attempt.State switch
            {
                PayoutState.Succeeded => [LedgerEventKind.Hold, LedgerEventKind.Success],
                PayoutState.Failed or PayoutState.Cancelled => [LedgerEventKind.Hold, LedgerEventKind.Release],
                PayoutState.Returned => [LedgerEventKind.Hold, LedgerEventKind.Success, LedgerEventKind.Return],
                _ => [LedgerEventKind.Hold]
            };
            if (!posted.SequenceEqual(expected.Order()))
            {
                yield return $"attempt {attempt.Id} is {attempt.State} but posted {string.Join(", ", posted)}";
            }

            if (kinds[attempt.Id].Contains(LedgerEventKind.Fee) != (attempt.FeeMinor is > 0))
            {
                yield return $"attempt {attempt.Id} reports a fee of {attempt.FeeMinor} but its fee postings disagree";
            }
        }
    }
}
