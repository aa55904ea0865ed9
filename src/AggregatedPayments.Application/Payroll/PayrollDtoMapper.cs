using System.Globalization;
using AggregatedPayments.Localization;

namespace AggregatedPayments.Payroll;

internal static class PayrollDtoMapper
{
    public static PayrollIntakeDto ToDto(PayrollIntake i) => new(
        i.Id, i.Source, i.DataSourceId, i.FileName, i.Status, i.RequestedBy, i.CreationTime, i.EndTime,
        i.ReadCount, i.CreatedCount, i.UnchangedCount, i.ReplacedCount, i.InvalidCount, i.ConflictCount,
        i.CancelRequested, i.Failure, i.Version);

    public static PayrollItemOutcomeDto ToDto(PayrollItemOutcome o) =>
        new(o.Line, o.MerchantReference, o.Kind, o.ItemId, Errors(o.Errors));

    public static PayrollIntakeErrorDto ToDto(PayrollIntakeError e) => new(e.Line, e.MerchantReference, Errors(e.CodeList));

    /// <summary>Each code with its text in the caller's language (the request's culture).</summary>
    public static IReadOnlyList<PayrollErrorDto> Errors(IReadOnlyList<string> codes) =>
        codes.Select(c => new PayrollErrorDto(c, TextLocalizer.Instance.Get(c, CultureInfo.CurrentUICulture.Name, ErrorValues))).ToList();

    private static readonly IReadOnlyDictionary<string, object?> ErrorValues = new Dictionary<string, object?> { ["max"] = PayrollConsts.MaxItemsPerRequest };
}
