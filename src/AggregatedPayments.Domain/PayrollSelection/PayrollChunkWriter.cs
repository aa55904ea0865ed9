using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Writes one chunk of a submission's plan inside the caller's transaction. Items are read again as they are now
/// (one query), so what another clerk submitted or discarded meanwhile is skipped with its reason. Each group
/// becomes its order — a new one, or the one an earlier run made from the same references, which
/// <see cref="PayoutOrderManager"/> recognises under its own rules. The chunk's items are then marked submitted
/// with their orders by one guarded update that takes only items still pending: all of them (the chunk is ours),
/// none (another submission of the same items got there first and pays them), or some (it raced us: the chunk is
/// read again) — so every item ends in exactly one order. New orders are saved together, and each order is
/// started through <see cref="PayrollOrderStarter"/>.
/// </summary>
public sealed class PayrollChunkWriter(
    IRepository<PayrollSubmissionItem> plan,
    IRepository<PayrollItem> items,
    IAsyncQueryExecuter executer,
    IPayoutOrderStore orders,
    PayoutOrderManager orderManager,
    PayrollOrderBuilder builder,
    PayrollOrderStarter starter,
    IPayrollSelectionStore store,
    TimeProvider clock)
{
    public async Task<PayrollChunkResult> WriteAsync(PayrollSubmission submission, int chunk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var result = new PayrollChunkResult();
        await starter.EnterAsync(submission.TenantId!.Value, cancellationToken);
        var groups = await ReadGroupsAsync(submission.Id, chunk, result, cancellationToken);
        var references = groups.SelectMany(g => g.Items).Select(i => i.MerchantReference).ToList();
        var taken = references.Count == 0
            ? new HashSet<string>(StringComparer.Ordinal)
            : (await orders.FindLinesAsync(references, cancellationToken)).Select(l => l.MerchantReference).ToHashSet(StringComparer.Ordinal);

        var planned = new List<(PlannedOrder Group, Guid OrderId, PayoutOrder? New)>();
        foreach (var group in groups)
        {
            var (orderId, order) = await OrderForAsync(submission, group, taken.Overlaps(group.Items.Select(i => i.MerchantReference)), result, cancellationToken);
            if (orderId is { } id)
            {
                planned.Add((group, id, order));
            }
        }

        var expected = planned.Sum(p => p.Group.Items.Count);
        var marked = await store.MarkSubmittedAsync(
            planned.Select(p => new PayrollOrderItems(p.OrderId, p.Group.Items.Select(i => i.Id).ToList())).ToList(), clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (marked == 0)
        {
            // Another submission of the same items got there first: it makes and starts the orders.
            result.Skipped.Add(PayrollSkipReason.AlreadySubmitted, expected);
            return result;
        }

        if (marked != expected)
        {
            // Another submission took some of these items between our read and our update: read the chunk again.
            throw new ConflictException(PayrollSelectionErrorCodes.SelectionChanged).WithData("submissionId", submission.Id);
        }

        result.SubmittedItems = marked;
        result.Orders = planned.Count;
        await store.InsertOrdersAsync(planned.Where(p => p.New is not null).Select(p => p.New!).ToList(), cancellationToken);
        foreach (var (group, orderId, order) in planned)
        {
            var toSend = order ?? await orders.FindAsync(orderId, cancellationToken) ?? throw new EntityNotFoundException(nameof(PayoutOrder), orderId);
            var outcome = await starter.StartAsync(toSend, submission.MerchantChannelId, submission.RequestedBy, submission.RequestedByUserId, cancellationToken);
            if (outcome.RefusalCode is { } code)
            {
                result.Failures.Add(Failure(submission, group, orderId, code));
            }
            else if (outcome.AwaitingApproval)
            {
                result.AwaitingApproval++;
            }
            else
            {
                result.Started++;
            }
        }

        return result;
    }

    private async Task<List<PlannedOrder>> ReadGroupsAsync(Guid submissionId, int chunk, PayrollChunkResult result, CancellationToken cancellationToken)
    {
        var rows = await executer.ToListAsync(
            from planned in plan.QueryNoTracking()
            where planned.SubmissionId == submissionId && planned.ChunkNumber == chunk
            join item in items.QueryNoTracking() on planned.ItemId equals item.Id into found
            from item in found.DefaultIfEmpty()
            select new PlannedRow(planned.GroupNumber, item),
            cancellationToken);

        var groups = new List<PlannedOrder>();
        foreach (var group in rows.GroupBy(r => r.GroupNumber).OrderBy(g => g.Key))
        {
            var choosable = new List<PayrollItem>();
            foreach (var row in group)
            {
                if ((row.Item is null ? PayrollSkipReason.NotFound : row.Item.WhyNotChoosable()) is { } reason)
                {
                    result.Skipped.Add(reason);
                }
                else
                {
                    choosable.Add(row.Item!);
                }
            }

            if (choosable.Count > 0)
            {
                groups.Add(new PlannedOrder(group.Key, choosable.OrderBy(i => i.MerchantReference, StringComparer.Ordinal).ToList()));
            }
        }

        return groups;
    }

    // The group's order id and, when it is new, the unsaved order; no id when the group cannot become an order (counted as a failure).
    private async Task<(Guid? OrderId, PayoutOrder? New)> OrderForAsync(
        PayrollSubmission submission, PlannedOrder group, bool referencesTaken, PayrollChunkResult result, CancellationToken cancellationToken)
    {
        try
        {
            var lines = await builder.LinesAsync(group.Items, cancellationToken);
            if (referencesTaken)
            {
                // Made before from these references (a run whose commit we did not see, or another way in): the same order, or a conflict.
                return ((await orderManager.CreateAsync(lines, submission.RequestedBy, cancellationToken)).OrderId, null);
            }

            var order = await builder.BuildAsync(submission.TenantId!.Value, lines, submission.RequestedBy, cancellationToken);
            return (order.Id, order);
        }
        catch (BusinessException refused) when (refused is not ConflictException || refused.Code == PayoutsErrorCodes.ReferenceConflict)
        {
            result.Failures.Add(Failure(submission, group, null, refused.Code));
            return (null, null);
        }
    }

    private static PayrollSubmissionFailure Failure(PayrollSubmission submission, PlannedOrder group, Guid? orderId, string code) =>
        new(Guid.CreateVersion7(), submission.TenantId!.Value, submission.Id, group.Number, orderId, group.Items.Count,
            group.Items.Sum(i => i.AmountMinor), group.Items[0].Currency, code);

    private sealed record PlannedRow(int GroupNumber, PayrollItem? Item);

    private sealed record PlannedOrder(int Number, List<PayrollItem> Items);
}
