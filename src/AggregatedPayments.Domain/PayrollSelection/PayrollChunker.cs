namespace AggregatedPayments.Payroll;

/// <summary>
/// Places planned orders into the chunks a submission's job writes one transaction each: up to
/// <see cref="PayrollSelectionConsts.OrdersPerChunk"/> orders and <see cref="PayrollSelectionConsts.ItemsPerChunk"/>
/// items, never splitting an order.
/// </summary>
public sealed class PayrollChunker
{
    private int _orders;
    private int _items;

    public int Current { get; private set; }

    public int Count => _orders == 0 ? Current : Current + 1;

    /// <summary>The chunk <paramref name="group"/> goes into.</summary>
    public int Place(PayrollPlannedGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (_orders > 0 && (_orders == PayrollSelectionConsts.OrdersPerChunk || _items + group.Items.Count > PayrollSelectionConsts.ItemsPerChunk))
        {
            Current++;
            _orders = 0;
            _items = 0;
        }

        _orders++;
        _items += group.Items.Count;
        return Current;
    }
}
