using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>
/// The signcustomer bill of one Beijing day: a zip holding a summary CSV and the account-ledger
/// (账务明细) CSV, GBK-encoded, <c>#</c> comment lines above and below the table.
/// The layout (comment lines, column names and order, signed amounts, the tab Alipay appends to
/// long numbers so spreadsheets keep them as text) is our best reading of published descriptions;
/// no official sample file confirmed it, so a client must find columns by name, not position.
/// </summary>
public static class AlipayBillFile
{
    public static readonly string[] LedgerColumns =
        ["账务流水号", "业务流水号", "商户订单号", "商品名称", "发生时间", "对方账号", "收入金额（+元）", "支出金额（-元）", "账户余额（元）", "交易渠道", "业务类型", "备注"];

    private static readonly Encoding Gbk = LoadGbk();

    public static byte[] Build(string payerUserId, DateOnly day, IEnumerable<AlipayMovement> movements, AlipayDriftSettings drift, DateTimeOffset exportedAt)
    {
        var rows = Drift(movements.Where(m => AlipayGateway.BeijingDay(m.At) == day), day, drift).ToList();
        var stamp = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            // The summary comes first, so a reader that takes the first file gets the wrong table.
            Add(zip, $"{payerUserId}_{stamp}_账务明细(汇总).csv", Summary(payerUserId, day, rows));
            Add(zip, $"{payerUserId}_{stamp}_账务明细.csv", Ledger(payerUserId, day, rows, exportedAt));
        }

        return buffer.ToArray();
    }

    private static IEnumerable<AlipayMovement> Drift(IEnumerable<AlipayMovement> movements, DateOnly day, AlipayDriftSettings drift)
    {
        var random = new Random(drift.Seed);
        foreach (var movement in movements)
        {
            var roll = random.Next(100);
            if (roll < drift.DropPercent)
            {
                continue;
            }

            if (roll < drift.DropPercent + drift.AmountChangePercent)
            {
                yield return movement.IncomeFen > 0 ? movement with { IncomeFen = movement.IncomeFen + 1 } : movement with { ExpenseFen = movement.ExpenseFen + 1 };
                continue;
            }

            yield return movement;
            if (roll < drift.DropPercent + drift.AmountChangePercent + drift.DuplicateSuccessPercent && movement.ExpenseFen > 0)
            {
                yield return movement;
            }
        }

        var noon = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8));
        for (var i = 1; i <= drift.ExtraLines; i++)
        {
            var number = i.ToString("D6", CultureInfo.InvariantCulture);
            yield return new AlipayMovement(
                "SIMEXTRALOG" + number, "SIMEXTRAORDER" + number, "SIMEXTRA" + number, "未知支出", noon.AddSeconds(i),
                "2088000000000000", 0, random.Next(1, 100_000), 0, "转账", "对账差异");
        }
    }

    private static string Ledger(string payerUserId, DateOnly day, IReadOnlyList<AlipayMovement> rows, DateTimeOffset exportedAt)
    {
        var text = new StringBuilder();
        Line(text, "#支付宝账务明细查询");
        Line(text, $"#账号：[{payerUserId}]");
        Line(text, $"#起始日期：[{Chinese(day)} 00:00:00]   终止日期：[{Chinese(day.AddDays(1))} 00:00:00]");
        Line(text, "#-----------------------------------------账务明细列表----------------------------------------");
        Line(text, string.Join(',', LedgerColumns));
        foreach (var row in rows)
        {
            Line(text, string.Join(',', new[]
            {
                row.AccountLogId + "\t",
                row.OrderId + "\t",
                row.OutBizNo + "\t",
                row.Title,
                AlipayGateway.Beijing(row.At),
                row.Counterparty + "\t",
                row.IncomeFen > 0 ? "+" + AlipayLedger.FormatYuan(row.IncomeFen) : "0.00",
                row.ExpenseFen > 0 ? "-" + AlipayLedger.FormatYuan(row.ExpenseFen) : "0.00",
                AlipayLedger.FormatYuan(row.BalanceFen),
                "支付宝",
                row.BizType,
                row.Remark,
            }.Select(Field)));
        }

        Line(text, "#-----------------------------------------账务明细列表结束------------------------------------");
        Line(text, $"#支出合计：{rows.Count(r => r.ExpenseFen > 0)}笔，共{AlipayLedger.FormatYuan(rows.Sum(r => r.ExpenseFen))}元");
        Line(text, $"#收入合计：{rows.Count(r => r.IncomeFen > 0)}笔，共{AlipayLedger.FormatYuan(rows.Sum(r => r.IncomeFen))}元");
        Line(text, $"#导出时间：[{exportedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy年MM月dd日 HH:mm:ss", CultureInfo.InvariantCulture)}]");
        return text.ToString();
    }

    private static string Summary(string payerUserId, DateOnly day, IReadOnlyList<AlipayMovement> rows)
    {
        var text = new StringBuilder();
        Line(text, "#支付宝账务明细汇总查询");
        Line(text, $"#账号：[{payerUserId}]");
        Line(text, $"#起始日期：[{Chinese(day)} 00:00:00]   终止日期：[{Chinese(day.AddDays(1))} 00:00:00]");
        Line(text, "业务类型,收入笔数,收入金额（+元）,支出笔数,支出金额（-元）");
        foreach (var group in rows.GroupBy(r => r.BizType))
        {
            Line(text, string.Join(',',
                group.Key,
                group.Count(r => r.IncomeFen > 0).ToString(CultureInfo.InvariantCulture),
                AlipayLedger.FormatYuan(group.Sum(r => r.IncomeFen)),
                group.Count(r => r.ExpenseFen > 0).ToString(CultureInfo.InvariantCulture),
                AlipayLedger.FormatYuan(group.Sum(r => r.ExpenseFen))));
        }

        Line(text, "#结束");
        return text.ToString();
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        var entry = zip.CreateEntry(name);
        using var stream = entry.Open();
        stream.Write(Gbk.GetBytes(text));
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append("\r\n");

    /// <summary>Quotes a field that would break the row, doubling inner quotes.</summary>
    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Chinese(DateOnly day) => day.ToString("yyyy年MM月dd日", CultureInfo.InvariantCulture);

    private static Encoding LoadGbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK");
    }
}
