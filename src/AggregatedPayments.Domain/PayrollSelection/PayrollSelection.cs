using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Payroll;

/// <summary>
/// The items a clerk chose, as preview, submit and discard all take them: ids one by one, a filter, or
/// every pending valid item. It names items whatever their state; only the valid pending ones are acted on.
/// </summary>
public sealed record PayrollSelection
{
    private PayrollSelection(PayrollSelectionKind kind, IReadOnlyList<Guid> itemIds, PayrollItemFilter filter)
    {
        Kind = kind;
        ItemIds = itemIds;
        Filter = filter;
    }

    public PayrollSelectionKind Kind { get; }

    /// <summary>Distinct, for <see cref="PayrollSelectionKind.Items"/>; empty otherwise.</summary>
    public IReadOnlyList<Guid> ItemIds { get; }

    public PayrollItemFilter Filter { get; }

    /// <summary>Exactly one way of choosing; anything else is refused before anything is read.</summary>
    public static PayrollSelection Of(IReadOnlyCollection<Guid>? itemIds, PayrollItemFilter? filter, bool allPending)
    {
        var ways = (itemIds is { Count: > 0 } ? 1 : 0) + (filter is null ? 0 : 1) + (allPending ? 1 : 0);
        if (ways != 1)
        {
            throw new BusinessException(PayrollSelectionErrorCodes.SelectionRequired);
        }

        if (itemIds is { Count: > 0 })
        {
            var distinct = itemIds.Distinct().ToList();
            return distinct.Count <= PayrollSelectionConsts.MaxItemIds
                ? new PayrollSelection(PayrollSelectionKind.Items, distinct, new PayrollItemFilter())
                : throw new BusinessException(PayrollSelectionErrorCodes.TooManyItemIds).WithData("max", PayrollSelectionConsts.MaxItemIds);
        }

        return filter is not null
            ? new PayrollSelection(PayrollSelectionKind.Filter, [], filter)
            : new PayrollSelection(PayrollSelectionKind.AllPending, [], new PayrollItemFilter(Status: PayrollItemStatus.Pending, IsValid: true));
    }
}
