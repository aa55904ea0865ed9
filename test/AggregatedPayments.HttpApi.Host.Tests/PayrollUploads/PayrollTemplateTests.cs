using System.Text;
using AggregatedPayments.Hosting;
using Shouldly;
using Xunit;
using static AggregatedPayments.Payroll.TestPayrollItems;

namespace AggregatedPayments.Payroll;

/// <summary>The template a clerk downloads, fills and uploads; and text from a file that must never run as a formula in the clerk's Excel.</summary>
[Collection(HostCollection.Name)]
public sealed class PayrollTemplateTests(AggregatedPaymentsWebFactory factory) : PayrollUploadHostTestBase(factory)
{
    [Fact]
    public async Task Should_take_in_a_downloaded_csv_template_once_filled()
    {
        var merchant = await CreateMerchantAsync();
        var template = await new PayrollUploadClientProxy(merchant.Admin).GetTemplateAsync(new GetPayrollTemplateInput { Format = PayrollFileFormat.Csv, Culture = "zh-Hans" });
        (template.FileName, template.ContentType).ShouldBe(("代付模板.csv", PayrollFileContent.CsvContentType));
        var text = Encoding.UTF8.GetString(await BytesAsync(template));
        text.ShouldStartWith("\uFEFF商户流水号,收款人姓名,收款账号,账户类型,银行编码,金额,币种,用途,备注\r\n");

        var filled = text + string.Concat(Enumerable.Range(1, 3).Select(n => PayrollFiles.CsvRecord(Valid(n))));
        var intake = await UploadAsync(merchant.Admin, "filled.csv", Encoding.UTF8.GetBytes(filled));

        // The example row passes every check too: it is what the clerk copies.
        (intake.Status, intake.ReadCount, intake.CreatedCount, intake.InvalidCount).ShouldBe((PayrollIntakeStatus.Completed, 4L, 4L, 0L));
    }

    [Fact]
    public async Task Should_take_in_a_downloaded_xlsx_template_once_filled()
    {
        var merchant = await CreateMerchantAsync();
        var template = await new PayrollUploadClientProxy(merchant.Admin).GetTemplateAsync(new GetPayrollTemplateInput { Format = PayrollFileFormat.Xlsx, Culture = "en" });
        (template.FileName, template.ContentType).ShouldBe(("payroll-template.xlsx", PayrollFileContent.XlsxContentType));
        var workbook = await BytesAsync(template);
        var rows = PayrollXlsxReader.ReadRows(new MemoryStream(workbook)).ToList();
        rows.Select(r => r.Line).ShouldBe([1L, 2L]);
        rows[0].Cells.ShouldBe(PayrollColumns.File.Select(c => c.English));

        var intake = await UploadAsync(merchant.Admin, "filled.xlsx", PayrollFiles.AppendToXlsx(workbook, Enumerable.Range(1, 3).Select(n => Valid(n))));

        (intake.Status, intake.ReadCount, intake.CreatedCount, intake.InvalidCount).ShouldBe((PayrollIntakeStatus.Completed, 4L, 4L, 0L));
    }

    [Theory]
    [InlineData(PayrollFileFormat.Csv)]
    [InlineData(PayrollFileFormat.Xlsx)]
    public async Task Should_escape_formula_looking_text_in_the_error_report(PayrollFileFormat format)
    {
        var merchant = await CreateMerchantAsync();
        const string Formula = "=HYPERLINK(\"http://attacker.example\",\"Zhang San\")";
        var file = PayrollFiles.Csv([Valid(1) with { PayeeName = Formula, AmountText = "0" }, Valid(2) with { MerchantReference = "@SUM(1+1)" }]);
        var intake = await UploadAsync(merchant.Admin, "payroll.csv", file);

        var rows = ReportRows(await ErrorReportAsync(merchant.Admin, intake.Id, format), format);

        rows.Select(r => (r[0], r[1], r[2])).ShouldBe([("2", "PAY-000001", "'" + Formula), ("3", "'@SUM(1+1)", null)]);
    }
}
