using System.IO.Compression;
using System.Text;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Alipay;

public sealed class AlipayLedgerBillTests
{
    private const string Header = "账务流水号,业务流水号,商户订单号,商品名称,发生时间,对方账号,收入金额（+元）,支出金额（-元）,账户余额（元）,交易渠道,业务类型,备注";

    private static readonly Encoding Gbk = LoadGbk();

    [Fact]
    public void Should_read_debits_and_credits_by_column_name_with_exact_amounts_and_utc_times()
    {
        var zip = Zip(("summary.csv", "#汇总\r\n业务类型,收入笔数,收入金额（+元）\r\n转账,0,0.00\r\n"), ("ledger.csv", Ledger(
            "20261127200000000001\t,20261127110030000000001\t,K1\t,佣金,2026-11-27 10:15:00,2088123412341234\t,0.00,-12.30,87.70,支付宝,转账,",
            "20261127200000000002\t,20261127110030000000002\t,K2\t,\"工资, 11月\",2026-11-27 23:59:59,6222***445\t,+7.05,0.00,94.75,支付宝,转账退回,")));

        var lines = AlipayLedgerBill.Parse(zip);

        lines.ShouldBe(
        [
            new StatementLine("K1", "20261127110030000000001", new ChannelAmount(1230, "CNY", 2), ChannelPayoutState.Succeeded, new DateTime(2026, 11, 27, 2, 15, 0, DateTimeKind.Utc), null),
            new StatementLine("K2", "20261127110030000000002", new ChannelAmount(705, "CNY", 2), ChannelPayoutState.Returned, new DateTime(2026, 11, 27, 15, 59, 59, DateTimeKind.Utc), null),
        ]);
        lines.ShouldAllBe(l => l.BookedAtUtc!.Value.Kind == DateTimeKind.Utc);
    }

    [Fact]
    public void Should_find_the_columns_wherever_the_header_puts_them()
    {
        var zip = Zip(("ledger.csv", "#账务明细\r\n备注,支出金额（-元）,收入金额（+元）,发生时间,商户订单号,业务流水号,账务流水号\r\n,-1.00,0.00,2026-11-27 08:00:00,K9,B9,A9\r\n#结束\r\n"));

        var line = AlipayLedgerBill.Parse(zip).ShouldHaveSingleItem();

        line.Key.ShouldBe("K9");
        line.ProviderReference.ShouldBe("B9");
        line.Amount.Minor.ShouldBe(100);
    }

    [Fact]
    public void Should_fall_back_to_the_account_log_number_and_leave_a_movement_without_our_key_keyless()
    {
        var zip = Zip(("ledger.csv", Ledger("A1\t,,,服务费,2026-11-27 08:00:00,,0.00,-0.50,1.00,支付宝,收费,")));

        var line = AlipayLedgerBill.Parse(zip).ShouldHaveSingleItem();

        line.Key.ShouldBeNull();
        line.ProviderReference.ShouldBe("A1");
    }

    [Theory]
    [InlineData("-12.3")]
    [InlineData("-1,000.00")]
    [InlineData("-1e3")]
    [InlineData("+12.30")]
    [InlineData("-012.30")]
    [InlineData("- 12.30")]
    public void Should_refuse_an_expense_that_is_not_an_exact_yuan_amount(string expense)
    {
        var zip = Zip(("ledger.csv", Ledger($"A1,B1,K1,佣金,2026-11-27 10:15:00,2088,0.00,{expense},87.70,支付宝,转账,")));

        Should.Throw<AlipayStatementException>(() => AlipayLedgerBill.Parse(zip)).Message.ShouldContain("支出金额");
    }

    [Fact]
    public void Should_refuse_a_movement_that_is_income_and_expense_at_once()
    {
        var zip = Zip(("ledger.csv", Ledger("A1,B1,K1,佣金,2026-11-27 10:15:00,2088,+1.00,-1.00,87.70,支付宝,转账,")));

        Should.Throw<AlipayStatementException>(() => AlipayLedgerBill.Parse(zip));
    }

    [Fact]
    public void Should_refuse_a_time_that_is_not_alipays_wall_clock_format()
    {
        var zip = Zip(("ledger.csv", Ledger("A1,B1,K1,佣金,2026/11/27 10:15,2088,0.00,-1.00,87.70,支付宝,转账,")));

        Should.Throw<AlipayStatementException>(() => AlipayLedgerBill.Parse(zip));
    }

    [Fact]
    public void Should_refuse_a_bill_without_the_ledger_table()
    {
        var zip = Zip(("summary.csv", "#汇总\r\n业务类型,收入笔数,收入金额（+元）\r\n"));

        Should.Throw<AlipayStatementException>(() => AlipayLedgerBill.Parse(zip));
    }

    [Fact]
    public void Should_refuse_bytes_that_are_not_a_zip()
    {
        Should.Throw<AlipayStatementException>(() => AlipayLedgerBill.Parse(Encoding.ASCII.GetBytes("<html>expired</html>")));
    }

    [Fact]
    public void Should_refuse_a_row_shorter_than_the_header()
    {
        var zip = Zip(("ledger.csv", Ledger("A1,B1,K1,佣金")));

        Should.Throw<AlipayStatementException>(() => AlipayLedgerBill.Parse(zip));
    }

    private static string Ledger(params string[] rows) =>
        "#支付宝账务明细查询\r\n#账号：[2088102000000001]\r\n#-----账务明细列表-----\r\n" + Header + "\r\n"
        + string.Concat(rows.Select(r => r + "\r\n"))
        + "#-----账务明细列表结束-----\r\n#导出时间：[2026年11月28日 05:00:00]\r\n";

    private static byte[] Zip(params (string Name, string Text)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in files)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Gbk.GetBytes(text));
            }
        }

        return buffer.ToArray();
    }

    private static Encoding LoadGbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK");
    }
}
