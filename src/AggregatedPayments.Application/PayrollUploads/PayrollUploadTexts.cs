using System.Globalization;
using AggregatedPayments.Localization;

namespace AggregatedPayments.Payroll;

/// <summary>What a failed upload tells the clerk, in the language of the request that uploaded it.</summary>
internal static class PayrollUploadTexts
{
    public static string Get(string code, params (string Name, object? Value)[] values) =>
        TextLocalizer.Instance.Get(code, CultureInfo.CurrentUICulture.Name, values.ToDictionary(v => v.Name, v => v.Value));

    public static PayrollSourceException Failure(string code, params (string Name, object? Value)[] values) => new(Get(code, values));
}
