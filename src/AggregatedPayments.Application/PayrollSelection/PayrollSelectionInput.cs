using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Payroll;

/// <summary>The selection and filter DTOs as the domain takes them.</summary>
internal static class PayrollSelectionInput
{
    public static PayrollSelection Selection(PayrollSelectionDto? selection) =>
        selection is null
            ? throw new BusinessException(PayrollSelectionErrorCodes.SelectionRequired)
            : PayrollSelection.Of(selection.ItemIds, selection.Filter is null ? null : Filter(selection.Filter), selection.AllPending);

    public static PayrollItemFilter Filter(PayrollItemFilterDto f) => new(
        f.Source, f.IntakeId, Utc(f.CreatedFrom), Utc(f.CreatedTo), f.AmountMin, f.AmountMax, f.BankCode, f.Status, f.IsValid, f.Reference, f.PayeeName);

    // Times in a query string may come without a zone: they are UTC, as everywhere in the API.
    private static DateTime? Utc(DateTime? time) => time switch
    {
        null => null,
        { Kind: DateTimeKind.Utc } utc => utc,
        { Kind: DateTimeKind.Local } local => local.ToUniversalTime(),
        { } unspecified => DateTime.SpecifyKind(unspecified, DateTimeKind.Utc)
    };
}
