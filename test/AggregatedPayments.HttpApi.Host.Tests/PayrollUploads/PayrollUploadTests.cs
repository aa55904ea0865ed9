using System.Net;
using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using AggregatedPayments.Localization;
using Shouldly;
using Xunit;
using static AggregatedPayments.Payroll.TestPayrollItems;

namespace AggregatedPayments.Payroll;

/// <summary>A clerk uploads a payroll file: every line taken in or reported with its line and reason, and the same file or the same rows again change nothing.</summary>
[Collection(HostCollection.Name)]
public sealed class PayrollUploadTests(AggregatedPaymentsWebFactory factory) : PayrollUploadHostTestBase(factory)
{
    /// <summary>Line in the file → the reason it is refused: seven lines, seven different reasons.</summary>
    private static readonly Dictionary<long, string> InvalidLines = new()
    {
        [102] = PayrollErrorCodes.MissingReference,
        [202] = PayrollErrorCodes.AccountNumberCheckFailed,
        [302] = PayrollErrorCodes.UnknownBankCode,
        [402] = PayrollErrorCodes.AmountNotPositive,
        [502] = PayrollErrorCodes.AmountTooPrecise,
        [602] = PayrollErrorCodes.UnknownCurrency,
        [702] = PayrollErrorCodes.DuplicateReferenceInIntake
    };

    [Theory]
    [InlineData(PayrollFileFormat.Csv)]
    [InlineData(PayrollFileFormat.Xlsx)]
    public async Task Should_take_in_a_1000_line_xlsx_and_report_each_invalid_line_with_its_line_and_reason(PayrollFileFormat reportFormat)
    {
        var merchant = await CreateMerchantAsync();

        var intake = await UploadAsync(merchant.Admin, "payroll-december.xlsx", PayrollFiles.Xlsx(ThousandLines()));

        (intake.Status, intake.Source, intake.FileName).ShouldBe((PayrollIntakeStatus.Completed, PayrollItemSource.Upload, "payroll-december.xlsx"));
        (intake.ReadCount, intake.CreatedCount, intake.UnchangedCount, intake.InvalidCount, intake.ConflictCount).ShouldBe((1000, 993, 0, 6, 1));
        (await ItemsAsync(merchant.Id)).Count(i => i.IsValid).ShouldBe(993);
        var rows = ReportRows(await ErrorReportAsync(merchant.Admin, intake.Id, reportFormat), reportFormat);
        rows.Select(r => long.Parse(r[0]!, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(InvalidLines.Keys.Order());
        foreach (var row in rows)
        {
            var code = InvalidLines[long.Parse(row[0]!, System.Globalization.CultureInfo.InvariantCulture)];
            row[3]!.Split(',').ShouldContain(code);
            row[4]!.ShouldContain(TextLocalizer.Instance.Get(code, "en"));
        }

        rows.Single(r => r[0] == "702")[1].ShouldBe("PAY-000011");
        rows.Single(r => r[0] == "202")[1].ShouldBe("PAY-000201");
        rows.Single(r => r[0] == "102")[1].ShouldBeNullOrEmpty();
    }

    [Fact]
    public async Task Should_refuse_the_same_file_again_with_a_conflict_naming_the_earlier_intake_and_change_nothing()
    {
        var merchant = await CreateMerchantAsync();
        var file = PayrollFiles.Xlsx(ThousandLines());
        var first = await UploadAsync(merchant.Admin, "payroll.xlsx", file);
        var items = (await ItemsAsync(merchant.Id)).Count;

        var refused = await Should.ThrowAsync<RemoteServiceException>(() => UploadAsync(merchant.Admin, "payroll (copy).xlsx", file));

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        refused.Code.ShouldBe(PayrollUploadsErrorCodes.FileAlreadyImported);
        refused.Message.ShouldContain(first.Id.ToString());
        (await IntakeCountAsync(merchant.Admin)).ShouldBe(1);
        (await ItemsAsync(merchant.Id)).Count.ShouldBe(items);
    }

    [Fact]
    public async Task Should_take_the_same_rows_as_csv_as_unchanged_and_create_nothing_new()
    {
        var merchant = await CreateMerchantAsync();
        await UploadAsync(merchant.Admin, "payroll.xlsx", PayrollFiles.Xlsx(ThousandLines()));
        var before = await ItemsAsync(merchant.Id);

        var again = await UploadAsync(merchant.Admin, "payroll.csv", PayrollFiles.Csv(ThousandLines()));

        again.Status.ShouldBe(PayrollIntakeStatus.Completed);
        (again.ReadCount, again.CreatedCount, again.UnchangedCount, again.ReplacedCount, again.InvalidCount, again.ConflictCount).ShouldBe((1000, 0, 993, 0, 6, 1));
        (await ItemsAsync(merchant.Id)).Select(i => (i.Id, i.ContentHash)).OrderBy(i => i.Id).ShouldBe(before.Select(i => (i.Id, i.ContentHash)).OrderBy(i => i.Id));
        (await IntakeCountAsync(merchant.Admin)).ShouldBe(2);
    }

    [Fact]
    public async Task Should_read_a_gbk_csv_with_chinese_headers_and_report_in_chinese()
    {
        var merchant = await CreateMerchantAsync();
        var gbk = PayrollTextEncodingDetector.Gb18030;
        var file = PayrollFiles.Csv([Valid(1) with { PayeeName = "张三", Purpose = "工资" }, Valid(2) with { PayeeName = "李四", AmountText = "0" }], "zh-Hans", gbk);

        var intake = await UploadAsync(merchant.Admin, "工资.csv", file);

        (intake.Status, intake.CreatedCount, intake.InvalidCount, intake.FileName).ShouldBe((PayrollIntakeStatus.Completed, 1L, 1L, "工资.csv"));
        (await ItemsAsync(merchant.Id)).Single(i => i.IsValid).PayeeName.ShouldBe("张三");
        var chinese = WithLanguage(merchant.Admin, "zh-CN");
        var report = await ErrorReportAsync(chinese, intake.Id, PayrollFileFormat.Csv);
        System.Text.Encoding.UTF8.GetString(report).ShouldStartWith("\uFEFF行号,商户流水号,收款人姓名");
        var row = ReportRows(report, PayrollFileFormat.Csv).ShouldHaveSingleItem();
        (row[0], row[1], row[2]).ShouldBe(("3", "PAY-000002", "李四"));
        row[4].ShouldBe(TextLocalizer.Instance.Get(PayrollErrorCodes.AmountNotPositive, "zh-Hans"));
    }

    [Fact]
    public async Task Should_report_a_card_number_stored_as_an_excel_number_as_invalid_and_never_take_it_as_typed()
    {
        var merchant = await CreateMerchantAsync();

        var intake = await UploadAsync(merchant.Admin, "numbers.xlsx", PayrollFiles.Xlsx([Valid(1)], cardNumbersAsNumbers: true));

        (intake.CreatedCount, intake.InvalidCount).ShouldBe((0L, 1L));
        (await ItemsAsync(merchant.Id)).ShouldHaveSingleItem().IsValid.ShouldBeFalse();
        var row = ReportRows(await ErrorReportAsync(merchant.Admin, intake.Id, PayrollFileFormat.Csv), PayrollFileFormat.Csv).ShouldHaveSingleItem();
        row[3]!.Split(',').ShouldContain(PayrollUploadsErrorCodes.NumberLostDigits);
    }

    [Fact]
    public async Task Should_fail_the_intake_with_a_clear_message_when_a_required_column_is_missing()
    {
        var merchant = await CreateMerchantAsync();
        var file = System.Text.Encoding.UTF8.GetBytes("MerchantReference,PayeeName,AccountNumber,Currency\r\nPAY-1,Zhang San,6222020000000007,CNY\r\n");

        var intake = await UploadAsync(merchant.Admin, "payroll.csv", file);

        (intake.Status, intake.ReadCount).ShouldBe((PayrollIntakeStatus.Failed, 0L));
        intake.Failure.ShouldNotBeNull().ShouldContain("Amount (金额)");
        (await ItemsAsync(merchant.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_an_empty_file_an_old_xls_and_a_file_above_the_limit_before_any_intake()
    {
        var merchant = await CreateMerchantAsync();

        (await Should.ThrowAsync<RemoteServiceException>(() => UploadAsync(merchant.Admin, "empty.csv", [])))
            .Code.ShouldBe(PayrollUploadsErrorCodes.EmptyFile);
        (await Should.ThrowAsync<RemoteServiceException>(() => UploadAsync(merchant.Admin, "old.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])))
            .Code.ShouldBe(PayrollUploadsErrorCodes.UnsupportedFormat);
        (await Should.ThrowAsync<RemoteServiceException>(() => UploadAsync(merchant.Admin, "big.csv", new byte[(50 * 1024 * 1024) + 1])))
            .Code.ShouldBe(PayrollUploadsErrorCodes.FileTooLarge);
        (await IntakeCountAsync(merchant.Admin)).ShouldBe(0);
    }

    [Fact]
    public async Task Should_let_only_a_user_holding_the_upload_permission_upload()
    {
        var merchant = await CreateMerchantAsync();
        await CreateUserWithPermissionsAsync(merchant.Admin, "viewer", PayrollPermissions.View);
        var viewer = await LoginAsync(merchant.Code, "viewer", DefaultPassword);

        var refused = await Should.ThrowAsync<RemoteServiceException>(() => UploadAsync(viewer, "payroll.csv", PayrollFiles.Csv([Valid(1)])));

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await IntakeCountAsync(merchant.Admin)).ShouldBe(0);
    }

    private static HttpClient WithLanguage(HttpClient client, string language)
    {
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    /// <summary>1,000 lines (2 to 1001), valid but for the seven of <see cref="InvalidLines"/>.</summary>
    private static List<PayrollItemInput> ThousandLines() =>
        Enumerable.Range(1, 1000).Select(n => (n + 1L) switch
        {
            102 => Valid(n) with { MerchantReference = "" },
            202 => Valid(n) with { AccountNumber = TestCardNumbers.WrongCheckDigit(n) },
            302 => Valid(n) with { BankCode = "NOSUCHBANK" },
            402 => Valid(n) with { AmountText = "0" },
            502 => Valid(n) with { AmountText = "12.345" },
            602 => Valid(n) with { Currency = "XYZ" },
            702 => Valid(n) with { MerchantReference = Valid(11).MerchantReference },
            _ => Valid(n)
        }).ToList();
}
