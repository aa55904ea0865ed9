namespace AggregatedPayments.Payroll;

/// <summary>
/// Decides, line by line, what a batch does with the references already taken. Only an invalid item still
/// pending may take new content (it was never payable); a valid item or a payout line is the same payment
/// again (nothing new) only when its content hash and its account's blind index both match, otherwise the
/// line is a conflict. A reference met twice in one intake is paid at most once: the later line is reported.
/// </summary>
internal sealed class PayrollBatchPlanner(
    PayrollIntake intake,
    IReadOnlyDictionary<string, ExistingPayrollReference> existing,
    IReadOnlySet<string> seenInIntake,
    DateTime now)
{
    private readonly Guid _tenantId = intake.TenantId!.Value;
    private readonly HashSet<string> _inBatch = new(StringComparer.Ordinal);
    private readonly List<PayrollItem> _newItems = [];
    private readonly List<Guid> _replaced = [];
    private readonly List<PayrollIntakeError> _errors = [];
    private readonly List<PayrollItemOutcome> _outcomes = [];
    private long _read, _created, _unchanged, _replacedCount, _invalid, _conflicts;

    public void Classify(ValidatedPayrollItem item)
    {
        _read++;
        if (!item.HasReference)
        {
            Refuse(item, PayrollItemOutcomeKind.Invalid, item.Errors, itemId: null);
            return;
        }

        var reference = item.MerchantReference;
        if (seenInIntake.Contains(reference) || !_inBatch.Add(reference))
        {
            Refuse(item, PayrollItemOutcomeKind.Conflict, [PayrollErrorCodes.DuplicateReferenceInIntake, .. item.Errors], itemId: null);
            return;
        }

        if (!existing.TryGetValue(reference, out var taken))
        {
            Store(item, PayrollItemOutcomeKind.Created);
            return;
        }

        if (taken.IsReplaceable)
        {
            if (!item.IsValid && taken.ContentHash == item.ContentHash)
            {
                // The same invalid line again: still invalid, reported again, nothing rewritten.
                Refuse(item, PayrollItemOutcomeKind.Invalid, item.Errors, taken.ItemId);
                return;
            }

            _replaced.Add(taken.ItemId!.Value);
            Store(item, PayrollItemOutcomeKind.Replaced);
            return;
        }

        if (item.IsValid && taken.ContentHash == item.ContentHash && item.Account.LookupIndexes.Contains(taken.AccountNumberIndex))
        {
            _unchanged++;
            _outcomes.Add(new PayrollItemOutcome(item.Line, reference, PayrollItemOutcomeKind.Unchanged, taken.ItemId, []));
            return;
        }

        Refuse(item, PayrollItemOutcomeKind.Conflict, [PayrollErrorCodes.ReferenceConflict, .. item.Errors], taken.ItemId);
    }

    public PayrollBatchPlan Build() => new(
        new PayrollBatchWrite(intake.Id, _newItems, _replaced, _errors, new PayrollIntakeCounts(_read, _created, _unchanged, _replacedCount, _invalid, _conflicts)),
        _outcomes);

    private void Store(ValidatedPayrollItem item, PayrollItemOutcomeKind kind)
    {
        var stored = new PayrollItem(Guid.NewGuid(), _tenantId, intake.Id, intake.Source, item.Line, item, now);
        _newItems.Add(stored);
        if (kind == PayrollItemOutcomeKind.Replaced)
        {
            _replacedCount++;
        }

        if (!item.IsValid)
        {
            // Kept, so it can be listed and fixed by a later intake; reported like any refused line.
            _invalid++;
            _errors.Add(Error(item, item.Errors));
            _outcomes.Add(new PayrollItemOutcome(item.Line, item.MerchantReference, PayrollItemOutcomeKind.Invalid, stored.Id, item.Errors));
            return;
        }

        if (kind == PayrollItemOutcomeKind.Created)
        {
            _created++;
        }

        _outcomes.Add(new PayrollItemOutcome(item.Line, item.MerchantReference, kind, stored.Id, []));
    }

    private void Refuse(ValidatedPayrollItem item, PayrollItemOutcomeKind kind, IReadOnlyList<string> codes, Guid? itemId)
    {
        if (kind == PayrollItemOutcomeKind.Conflict)
        {
            _conflicts++;
        }
        else
        {
            _invalid++;
        }

        _errors.Add(Error(item, codes));
        _outcomes.Add(new PayrollItemOutcome(item.Line, item.HasReference ? item.MerchantReference : item.RawReference, kind, itemId, codes));
    }

    private PayrollIntakeError Error(ValidatedPayrollItem item, IReadOnlyList<string> codes) =>
        new(Guid.NewGuid(), _tenantId, intake.Id, item.Line, item.HasReference ? item.MerchantReference : item.RawReference, codes);
}
