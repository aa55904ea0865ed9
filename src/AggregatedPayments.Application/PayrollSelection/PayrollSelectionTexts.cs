using System.Globalization;
using AggregatedPayments.Localization;

namespace AggregatedPayments.Payroll;

/// <summary>Texts of skip and refusal reasons in the caller's language (the request's culture).</summary>
internal static class PayrollSelectionTexts
{
    /// <summary>Short texts for the refusals a submission meets, whose own texts need values only a single payout has.</summary>
    private const string RefusalPrefix = "PayrollSelection:Refused:";

    public static string Of(string code) => TextLocalizer.Instance.Get(code, Culture);

    public static string Skip(PayrollSkipReason reason) => Of(SkipCode(reason));

    public static string SkipCode(PayrollSkipReason reason) => reason switch
    {
        PayrollSkipReason.Invalid => PayrollSelectionErrorCodes.SkippedInvalid,
        PayrollSkipReason.AlreadySubmitted => PayrollSelectionErrorCodes.SkippedAlreadySubmitted,
        PayrollSkipReason.Discarded => PayrollSelectionErrorCodes.SkippedDiscarded,
        PayrollSkipReason.NotFound => PayrollSelectionErrorCodes.SkippedNotFound,
        PayrollSkipReason.AboveLimit => PayrollSelectionErrorCodes.SkippedAboveLimit,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown skip reason.")
    };

    public static string Refusal(string code) =>
        TextLocalizer.Instance.GetAll(Culture).TryGetValue(RefusalPrefix + code, out var text) ? text : Of(code);

    private static string Culture => CultureInfo.CurrentUICulture.Name;
}
