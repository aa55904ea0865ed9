using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Shouldly;
using Xunit;

namespace AggregatedPayments.ChannelSimulator.Alipay;

public sealed class AlipayBillTests : IDisposable
{
    private const string Transfer = "alipay.fund.trans.uni.transfer";
    private const string Bill = "alipay.data.dataservice.bill.downloadurl.query";
    private const string Header = "账务流水号,业务流水号,商户订单号,商品名称,发生时间,对方账号,收入金额（+元）,支出金额（-元）,账户余额（元）,交易渠道,业务类型,备注";

    private static readonly Encoding Gbk = LoadGbk();

    private readonly AlipaySimulatorFactory factory = new();
    private readonly AlipayTestClient client;

    public AlipayBillTests()
    {
        client = new AlipayTestClient(factory.CreateClient());
    }

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Should_have_no_bill_for_a_day_that_has_not_ended_in_beijing()
    {
        var answer = SignedAnswer.Parse((await client.CallAsync(Bill, AlipayTestClient.BillBiz(await TodayAsync()))).Body);

        answer.Text("code").ShouldBe("40004");
        answer.Text("sub_code").ShouldBe("isp.bill_not_exist");
    }

    [Fact]
    public async Task Should_list_every_money_movement_of_the_day_in_a_gbk_ledger_file()
    {
        var day = await TodayAsync();
        await client.CallAsync(Transfer, AlipayTestClient.TransferBiz("S1", "12.30"));
        await client.CallAsync(Transfer, AlipayTestClient.BankCardBiz("S2", "7.00"));
        await client.Http.PostAsJsonAsync("/_sim/alipay/settle", new { outBizNo = "S2", status = "FAIL" });
        await AdvanceAsync(TimeSpan.FromDays(1));

        var files = await DownloadAsync(day);

        var ledger = files.Single(f => f.Key.EndsWith("_账务明细.csv", StringComparison.Ordinal)).Value;
        ledger[0].ShouldStartWith("#");
        ledger[^1].ShouldStartWith("#");
        var header = ledger.IndexOf(Header);
        header.ShouldBeGreaterThan(0);
        var rows = ledger.Skip(header + 1).TakeWhile(l => !l.StartsWith('#')).Select(l => l.Split(',')).ToList();
        rows.Select(r => (r[2].Trim(), r[6], r[7])).ShouldBe([("S1", "0.00", "-12.30"), ("S2", "0.00", "-7.00"), ("S2", "+7.00", "0.00")]);
        rows.Select(r => r[8]).ShouldBe(["87.70", "80.70", "87.70"]);
        rows.ShouldAllBe(r => r[4].StartsWith(day, StringComparison.Ordinal));
        files.Keys.ShouldContain(k => k.EndsWith("_账务明细(汇总).csv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_refuse_a_download_link_after_thirty_seconds()
    {
        var day = await TodayAsync();
        await AdvanceAsync(TimeSpan.FromDays(1));
        var url = SignedAnswer.Parse((await client.CallAsync(Bill, AlipayTestClient.BillBiz(day))).Body).Text("bill_download_url")!;

        var fresh = await client.Http.GetAsync(url);
        await AdvanceAsync(TimeSpan.FromSeconds(31));
        var expired = await client.Http.GetAsync(url);

        fresh.StatusCode.ShouldBe(HttpStatusCode.OK);
        expired.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_make_the_file_disagree_with_the_payouts_as_the_drift_knobs_say()
    {
        var day = await TodayAsync();
        for (var i = 0; i < 6; i++)
        {
            await client.CallAsync(Transfer, AlipayTestClient.TransferBiz("D" + i, "1.00"));
        }

        await AdvanceAsync(TimeSpan.FromDays(1));
        (await client.Http.PostAsJsonAsync("/_sim/alipay/statement-drift", new { dropPercent = 30, amountChangePercent = 30, duplicateSuccessPercent = 30, extraLines = 2, seed = 4 }))
            .EnsureSuccessStatusCode();

        var first = Keys(await DownloadAsync(day));
        var second = Keys(await DownloadAsync(day));

        second.ShouldBe(first);
        first.Count(k => k.StartsWith("SIMEXTRA", StringComparison.Ordinal)).ShouldBe(2);
        first.ShouldNotBe(["D0|-1.00", "D1|-1.00", "D2|-1.00", "D3|-1.00", "D4|-1.00", "D5|-1.00", "SIMEXTRA000001", "SIMEXTRA000002"]);
    }

    [Fact]
    public async Task Should_refuse_drift_knobs_that_add_up_to_more_than_everything()
    {
        var response = await client.Http.PostAsJsonAsync("/_sim/alipay/statement-drift", new { dropPercent = 60, amountChangePercent = 50 });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static List<string> Keys(Dictionary<string, List<string>> files)
    {
        var ledger = files.Single(f => f.Key.EndsWith("_账务明细.csv", StringComparison.Ordinal)).Value;
        return ledger.Skip(ledger.IndexOf(Header) + 1).TakeWhile(l => !l.StartsWith('#'))
            .Select(l => l.Split(','))
            .Select(r => r[2].Trim().StartsWith("SIMEXTRA", StringComparison.Ordinal) ? r[2].Trim() : r[2].Trim() + "|" + r[7])
            .ToList();
    }

    private async Task<Dictionary<string, List<string>>> DownloadAsync(string day)
    {
        var answer = SignedAnswer.Parse((await client.CallAsync(Bill, AlipayTestClient.BillBiz(day))).Body);
        answer.Text("code").ShouldBe("10000");
        var zip = await client.Http.GetByteArrayAsync(answer.Text("bill_download_url"));
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Gbk);
            return reader.ReadToEnd().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        });
    }

    private async Task<string> TodayAsync()
    {
        var clock = await client.Http.GetFromJsonAsync<System.Text.Json.JsonElement>("/_sim/clock");
        return clock.GetProperty("utcNow").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private async Task AdvanceAsync(TimeSpan by) =>
        (await client.Http.PostAsJsonAsync("/_sim/clock/advance", new { seconds = (int)by.TotalSeconds })).EnsureSuccessStatusCode();

    private static Encoding LoadGbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK");
    }
}
