using System.Runtime.CompilerServices;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Turns chosen items, read in (blind index, reference) order, into the orders they become. Aggregated,
/// items to the same payee — same account, name, account type, bank and currency — share an order, filled
/// in reference order up to the channel's single limit and the line limit, then the next one starts; plain,
/// each item is its own order. An item above the limit alone is left out and counted. Only one account's items
/// are held at a time, and the same items always give the same groups, so a re-run rebuilds what a crashed run planned.
/// </summary>
public sealed class PayrollOrderGrouper(bool aggregate, PayrollChannelView channels)
{
    private readonly List<PayrollSelectedItem> _account = [];
    private int _nextNumber;

    /// <summary>Items left out because alone they exceed the single limit; final once the items are consumed.</summary>
    public int AboveLimit { get; private set; }

    public async IAsyncEnumerable<PayrollPlannedGroup> GroupAsync(IAsyncEnumerable<PayrollSelectedItem> items, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            if (_account.Count > 0 && !string.Equals(_account[0].AccountNumberIndex, item.AccountNumberIndex, StringComparison.Ordinal))
            {
                foreach (var group in FlushAccount())
                {
                    yield return group;
                }
            }

            _account.Add(item);
        }

        foreach (var group in FlushAccount())
        {
            yield return group;
        }
    }

    private List<PayrollPlannedGroup> FlushAccount()
    {
        // Same account, then the rest of the payee: partitions in the order of their first (lowest) reference.
        var groups = new List<PayrollPlannedGroup>();
        foreach (var payee in _account.GroupBy(i => i.PayeeKey))
        {
            groups.AddRange(Split(payee.ToList()));
        }

        _account.Clear();
        return groups;
    }

    private IEnumerable<PayrollPlannedGroup> Split(List<PayrollSelectedItem> payee)
    {
        var limit = channels.SingleLimitFor(payee[0].Currency);
        var current = new List<PayrollSelectedItem>();
        var sum = 0L;
        foreach (var item in payee)
        {
            if (item.AmountMinor > limit)
            {
                AboveLimit++;
                continue;
            }

            var full = current.Count == channels.MaxLinesPerOrder || sum + item.AmountMinor > limit;
            if (current.Count > 0 && (!aggregate || full))
            {
                yield return new PayrollPlannedGroup(_nextNumber++, current);
                current = [];
                sum = 0;
            }

            current.Add(item);
            sum += item.AmountMinor;
        }

        if (current.Count > 0)
        {
            yield return new PayrollPlannedGroup(_nextNumber++, current);
        }
    }
}
