namespace AggregatedPayments.Payroll;

/// <summary>
/// What a clerk filters items by, for the list and for a selection alike. Every field is optional;
/// <paramref name="CreatedTo"/> is exclusive; amounts are minor units; the reference is matched exactly and
/// the payee name as a part of the name.
/// </summary>
public sealed record PayrollItemFilter(
    PayrollItemSource? Source = null,
    Guid? IntakeId = null,
    DateTime? CreatedFrom = null,
    DateTime? CreatedTo = null,
    long? AmountMin = null,
    long? AmountMax = null,
    string? BankCode = null,
    PayrollItemStatus? Status = null,
    bool? IsValid = null,
    string? Reference = null,
    string? PayeeName = null)
{
    public IQueryable<PayrollItem> Apply(IQueryable<PayrollItem> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (Source is { } source)
        {
            query = query.Where(i => i.Source == source);
        }

        if (IntakeId is { } intakeId)
        {
            query = query.Where(i => i.IntakeId == intakeId);
        }

        if (CreatedFrom is { } from)
        {
            query = query.Where(i => i.CreationTime >= from);
        }

        if (CreatedTo is { } to)
        {
            query = query.Where(i => i.CreationTime < to);
        }

        if (AmountMin is { } min)
        {
            query = query.Where(i => i.AmountMinor >= min);
        }

        if (AmountMax is { } max)
        {
            query = query.Where(i => i.AmountMinor <= max);
        }

        // Stored as the intake wrote them: bank codes upper-cased, texts trimmed.
        if (Text(BankCode)?.ToUpperInvariant() is { } bankCode)
        {
            query = query.Where(i => i.BankCode == bankCode);
        }

        if (Status is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        if (IsValid is { } isValid)
        {
            query = query.Where(i => i.IsValid == isValid);
        }

        if (Text(Reference) is { } reference)
        {
            query = query.Where(i => i.MerchantReference == reference);
        }

        if (Text(PayeeName) is { } name)
        {
            query = query.Where(i => i.PayeeName.Contains(name));
        }

        return query;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
