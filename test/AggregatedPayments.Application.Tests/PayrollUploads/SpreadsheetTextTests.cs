using AggregatedPayments.Spreadsheets;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payroll;

public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("Zhang San", "Zhang San")]
    [InlineData("", "")]
    public void Should_escape_text_that_a_spreadsheet_would_run_as_a_formula(string text, string written) =>
        SpreadsheetText.EscapeFormula(text).ShouldBe(written);

    [Fact]
    public void Should_replace_characters_xml_cannot_carry() =>
        SpreadsheetText.ForXml("a\u0001b\tc😀").ShouldBe("a\uFFFDb\tc😀");
}
