using AggregatedPayments.Exceptions;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Localization;

public sealed class TextLocalizerTests
{
    [Fact]
    public void Should_have_an_english_and_a_chinese_text_for_every_error_code()
    {
        var codes = typeof(ErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        foreach (var culture in TextLocalizer.SupportedCultures)
        {
            var texts = TextLocalizer.Instance.GetAll(culture);
            codes.Where(code => !texts.ContainsKey(code)).ShouldBeEmpty($"texts missing in {culture}");
        }
    }

    [Fact]
    public void Should_fill_placeholders_and_fall_back_to_english()
    {
        var text = TextLocalizer.Instance.Get(ErrorCodes.MerchantCodeAlreadyExists, "zh-CN", new Dictionary<string, object?> { ["code"] = "acme" });

        text.ShouldContain("acme");
        text.ShouldContain("商户");
        TextLocalizer.Instance.Get("No:Such:Key", "zh-Hans").ShouldBe("No:Such:Key");
        TextLocalizer.Normalize("fr-FR").ShouldBe("en");
    }
}
