using AggregatedPayments.Localization;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payroll;

public sealed class PayrollSelectionTextsTests
{
    [Fact]
    public void Should_have_an_english_and_a_chinese_text_for_every_selection_code()
    {
        var codes = typeof(PayrollSelectionErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        foreach (var culture in TextLocalizer.SupportedCultures)
        {
            var texts = TextLocalizer.Instance.GetAll(culture);
            codes.Where(code => !texts.ContainsKey(code)).ShouldBeEmpty($"texts missing in {culture}");
        }
    }
}
