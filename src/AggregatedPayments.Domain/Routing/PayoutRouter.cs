using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Routing;

/// <summary>
/// Chooses the merchant channel for a payout whose caller named none: only channels that can take it
/// now (open, the function opened, the currency, single and daily limits, trading hours, not already
/// failed for this payout); among them the best priority (lowest number); among equals, by weight.
/// Pure, with the randomness injected so tests and replays choose the same.
/// </summary>
public sealed class PayoutRouter(Random random)
{
    public RoutingCandidate Choose(IReadOnlyList<RoutingCandidate> candidates, RoutingRequest request)
    {
        var skipped = new Dictionary<Guid, RoutingSkipReason>();
        var eligible = new List<RoutingCandidate>();
        foreach (var candidate in candidates)
        {
            if (SkipReason(candidate, request) is { } reason)
            {
                skipped[candidate.MerchantChannelId] = reason;
            }
            else
            {
                eligible.Add(candidate);
            }
        }

        if (eligible.Count == 0)
        {
            throw new BusinessException(RoutingErrorCodes.NoEligibleChannel)
                .WithData("skipped", string.Join(", ", skipped.Select(s => $"{s.Key}: {s.Value}")));
        }

        var best = eligible.Min(c => c.Priority);
        return ByWeight(eligible.Where(c => c.Priority == best).OrderBy(c => c.MerchantChannelId).ToList());
    }

    private static RoutingSkipReason? SkipReason(RoutingCandidate candidate, RoutingRequest request)
    {
        if (!candidate.IsOpen)
        {
            return RoutingSkipReason.Closed;
        }

        if (!candidate.Functions.HasFlag(request.Function))
        {
            return RoutingSkipReason.FunctionNotOpen;
        }

        if (!candidate.Currencies.Contains(request.Currency, StringComparer.Ordinal))
        {
            return RoutingSkipReason.CurrencyNotSupported;
        }

        if (request.FailedOn.Contains(candidate.MerchantChannelId))
        {
            return RoutingSkipReason.FailedBefore;
        }

        if (request.AmountMinor > candidate.SingleLimitMinor)
        {
            return RoutingSkipReason.AboveSingleLimit;
        }

        if (candidate.UsedTodayMinor + request.AmountMinor > candidate.DailyLimitMinor)
        {
            return RoutingSkipReason.DailyLimitReached;
        }

        return candidate.TradingHours is { } hours && !hours.Contains(request.LocalTime)
            ? RoutingSkipReason.OutsideTradingHours
            : null;
    }

    private RoutingCandidate ByWeight(IReadOnlyList<RoutingCandidate> equals)
    {
        // Ordered by id first, so the same random draw picks the same channel on every run.
        var draw = random.Next(equals.Sum(c => c.Weight));
        foreach (var candidate in equals)
        {
            draw -= candidate.Weight;
            if (draw < 0)
            {
                return candidate;
            }
        }

        return equals[^1];
    }
}
