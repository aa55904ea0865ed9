using System.Text;
using AggregatedPayments.Spreadsheets;
using Shouldly;
using Xunit;
using static AggregatedPayments.Payroll.TestPayrollItems;

namespace AggregatedPayments.Payroll;

/// <summary>What a clerk's CSV or XLSX file reads as: columns found by either header, lines as Excel numbers them, cells as Excel shows them.</summary>
public sealed class PayrollFileReaderTests
{
    [Fact]
    public async Task Should_match_headers_in_either_language_in_any_order_without_case_or_spaces_and_ignore_unknown_columns()
    {
        var csv = "备注, amount ,Notes,CURRENCY, 商户流水号 ,payee name,收款账号,BankCode\r\n"
                  + "bonus,1234.50,ignored,CNY,PAY-1,Zhang San,6222020000000007,ICBC\r\n";

        var input = (await ReadCsvAsync(Encoding.UTF8.GetBytes(csv))).ShouldHaveSingleItem();

        input.ShouldBe(new PayrollItemInput(2, "PAY-1", "Zhang San", "6222020000000007", "ICBC", null, "CNY", null, "bonus", null, "1234.50"));
    }

    [Fact]
    public async Task Should_fail_the_file_naming_every_missing_required_column()
    {
        var csv = "MerchantReference,PayeeName,Currency\r\nPAY-1,Zhang San,CNY\r\n";

        var failure = await Should.ThrowAsync<PayrollSourceException>(() => ReadCsvAsync(Encoding.UTF8.GetBytes(csv)));

        failure.Message.ShouldContain("AccountNumber (收款账号)");
        failure.Message.ShouldContain("Amount (金额)");
        failure.Message.ShouldNotContain("PayeeName");
    }

    [Fact]
    public async Task Should_refuse_a_column_given_twice()
    {
        var csv = "MerchantReference,商户流水号,PayeeName,AccountNumber,Amount,Currency\r\n";

        var failure = await Should.ThrowAsync<PayrollSourceException>(() => ReadCsvAsync(Encoding.UTF8.GetBytes(csv)));

        failure.Message.ShouldContain("MerchantReference (商户流水号)");
    }

    [Fact]
    public async Task Should_skip_blank_csv_lines_and_keep_the_line_numbers_the_clerk_sees()
    {
        var csv = "\r\nMerchantReference,PayeeName,AccountNumber,Amount,Currency\r\nPAY-1,\"Zhang\r\nSan\",1,1,CNY\r\n,,,,\r\n\r\nPAY-2,Li Si,2,2,CNY\r\n";

        var inputs = await ReadCsvAsync(Encoding.UTF8.GetBytes(csv));

        inputs.Select(i => (i.Line, i.MerchantReference)).ShouldBe([(3L, "PAY-1"), (6L, "PAY-2")]);
        inputs[0].PayeeName.ShouldBe("Zhang\r\nSan");
    }

    [Fact]
    public async Task Should_skip_blank_xlsx_rows_and_number_lines_as_excel_does()
    {
        using var file = new MemoryStream();
        using (var writer = XlsxWriter.Create(file))
        {
            writer.WriteRow(["MerchantReference", "PayeeName", "AccountNumber", "Amount", "Currency"]);
            writer.WriteRow(["PAY-1", "Zhang San", "6222020000000007", "1", "CNY"]);
            writer.WriteRow([null, "  ", null]);
            writer.WriteRow([]);
            writer.WriteRow(["PAY-2", "Li Si", "6222020000000007", "2", "CNY"]);
        }

        var inputs = await ReadXlsxAsync(file.ToArray());

        inputs.Select(i => (i.Line, i.MerchantReference)).ShouldBe([(2L, "PAY-1"), (5L, "PAY-2")]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Should_read_shared_and_inline_strings_alike(bool sharedStrings)
    {
        var items = new[] { Valid(1) with { PayeeName = "张三" }, Valid(2) with { PayeeName = "  spaced  " } };

        var inputs = await ReadXlsxAsync(PayrollFiles.Xlsx(items, "zh-Hans", sharedStrings));

        inputs.Select(i => (i.Line, i.MerchantReference, i.PayeeName, i.AccountNumber)).ShouldBe(
        [
            (2L, "PAY-000001", "张三", TestCardNumbers.Valid(1)),
            (3L, "PAY-000002", "  spaced  ", TestCardNumbers.Valid(2))
        ]);
    }

    [Fact]
    public async Task Should_read_number_cells_as_excel_shows_them()
    {
        using var file = new MemoryStream();
        using (var writer = XlsxWriter.Create(file))
        {
            writer.WriteRow(["MerchantReference", "PayeeName", "AccountNumber", "Amount", "Currency"]);
            writer.WriteRow([20240101L, "Zhang San", 123456789012345L, 1234.5m, "CNY"]);
            writer.WriteRow(["PAY-2", "Li Si", "6222020000000007", 1234.5600000000002d, "CNY"]);
            writer.WriteRow(["PAY-3", "Wang Wu", "6222020000000007", 100L, "CNY"]);
        }

        var inputs = await ReadXlsxAsync(file.ToArray());

        inputs.Select(i => (i.MerchantReference, i.AccountNumber, i.AmountText)).ShouldBe(
        [
            ("20240101", "123456789012345", "1234.5"),
            ("PAY-2", "6222020000000007", "1234.56"),
            ("PAY-3", "6222020000000007", "100")
        ]);
        inputs.ShouldAllBe(i => i.SourceErrors == null);
    }

    [Fact]
    public async Task Should_report_a_card_number_stored_as_an_excel_number_instead_of_guessing_its_digits()
    {
        var inputs = await ReadXlsxAsync(PayrollFiles.Xlsx([Valid(1)], cardNumbersAsNumbers: true));

        inputs.ShouldHaveSingleItem().SourceErrors.ShouldBe([PayrollUploadsErrorCodes.NumberLostDigits]);
    }

    [Fact]
    public async Task Should_read_a_gbk_csv_with_chinese_headers()
    {
        var gbk = PayrollTextEncodingDetector.Gb18030;
        var bytes = PayrollFiles.Csv([Valid(1) with { PayeeName = "张三", Remark = "十二月工资" }], "zh-Hans", gbk);
        Should.Throw<DecoderFallbackException>(() => PayrollTextEncodingDetector.Utf8.GetString(bytes));

        var input = (await ReadCsvAsync(bytes)).ShouldHaveSingleItem();

        (input.Line, input.MerchantReference, input.PayeeName, input.Remark, input.AmountText).ShouldBe((2L, "PAY-000001", "张三", "十二月工资", "100"));
    }

    [Fact]
    public async Task Should_read_utf8_with_or_without_a_byte_order_mark()
    {
        var withMark = PayrollFiles.Csv([Valid(1) with { PayeeName = "张三" }], "zh-Hans");
        var withoutMark = withMark[3..];

        (await ReadCsvAsync(withMark)).ShouldHaveSingleItem().PayeeName.ShouldBe("张三");
        (await ReadCsvAsync(withoutMark)).ShouldHaveSingleItem().PayeeName.ShouldBe("张三");
    }

    [Fact]
    public void Should_tell_text_that_is_neither_utf8_nor_gb18030()
    {
        var detector = new PayrollTextEncodingDetector();
        detector.Append([0x41, 0xFF, 0xFF, 0x42]);

        detector.Finish().ShouldBeNull();
    }

    [Fact]
    public void Should_tell_the_format_by_content_and_refuse_an_old_xls()
    {
        PayrollFileSniffer.Detect(PayrollFiles.Xlsx([Valid(1)]).AsSpan(0, 8)).ShouldBe(PayrollFileFormat.Xlsx);
        PayrollFileSniffer.Detect("Merchant"u8).ShouldBe(PayrollFileFormat.Csv);
        Should.Throw<Exceptions.BusinessException>(() => PayrollFileSniffer.Detect([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            .Code.ShouldBe(PayrollUploadsErrorCodes.UnsupportedFormat);
    }

    [Fact]
    public async Task Should_fail_a_damaged_workbook_with_a_message_for_the_clerk()
    {
        var damaged = PayrollFiles.Xlsx([Valid(1)])[..200];

        var failure = await Should.ThrowAsync<PayrollSourceException>(() => ReadXlsxAsync(damaged));

        failure.Message.ShouldContain(".xlsx");
    }

    private static async Task<List<PayrollItemInput>> ReadCsvAsync(byte[] bytes)
    {
        var detector = new PayrollTextEncodingDetector();
        detector.Append(bytes);
        var encoding = detector.Finish().ShouldNotBeNull();
        return await PayrollSheet.ToInputsAsync(PayrollCsvReader.ReadRowsAsync(new MemoryStream(bytes), encoding)).ToListAsync();
    }

    private static async Task<List<PayrollItemInput>> ReadXlsxAsync(byte[] bytes) =>
        await PayrollSheet.ToInputsAsync(PayrollXlsxReader.ReadRows(new MemoryStream(bytes)).ToAsyncEnumerable()).ToListAsync();
}
