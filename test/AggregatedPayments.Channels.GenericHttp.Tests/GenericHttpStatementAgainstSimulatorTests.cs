using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>The statement function against the simulator: the day's lines equal its payout log, until the drift knob makes them differ.</summary>
public sealed class GenericHttpStatementAgainstSimulatorTests : GenericSimulatorTestBase
{
    [Fact]
    public async Task Should_download_a_statement_whose_lines_equal_the_simulators_payout_log()
    {
        foreach (var fen in new long[] { 101, 2_000, 33_333 })
        {
            await SubmitAsync(Instruction(fen));
        }

        var lines = await StatementAsync();

        var log = await PayoutsAsync();
        log.Count.ShouldBe(3);
        lines.Select(l => (l.Key, Yuan(l.Amount), l.ProviderReference)).ShouldBe(log.Select(p => ((string?)p.Key, p.Amount, (string?)p.OrderId)), ignoreOrder: true);
        lines.ShouldAllBe(l => l.State == ChannelPayoutState.Succeeded && l.BookedAtUtc != null && l.Fee == new ChannelAmount(0, "CNY", 2));
    }

    [Fact]
    public async Task Should_list_a_return_after_success_as_its_own_line()
    {
        var instruction = Instruction(900);
        await SubmitAsync(instruction);
        await SettleAsync(instruction.Key, "returned");

        var lines = await StatementAsync();

        lines.Select(l => (l.Key, l.State)).ShouldBe([(instruction.Key, ChannelPayoutState.Succeeded), (instruction.Key, ChannelPayoutState.Returned)]);
    }

    [Fact]
    public async Task Should_show_the_drift_the_knob_puts_between_the_statement_and_the_payout_log()
    {
        var dropped = Instruction(100);
        var changed = Instruction(200);
        var doubled = Instruction(300);
        foreach (var instruction in new[] { dropped, changed, doubled })
        {
            await SubmitAsync(instruction);
        }

        await PostAsync("/_sim/generic/statement-drift", new
        {
            dropKeys = new[] { dropped.Key },
            amountDeltas = new Dictionary<string, long> { [changed.Key] = 5 },
            extraLines = 1,
            duplicateKeys = new[] { doubled.Key },
        });

        var lines = await StatementAsync();

        var log = (await PayoutsAsync()).ToDictionary(p => p.Key, p => p.Amount);
        lines.ShouldNotContain(l => l.Key == dropped.Key);
        log.ShouldContainKey(dropped.Key);
        Yuan(lines.Single(l => l.Key == changed.Key).Amount).ShouldNotBe(log[changed.Key]);
        lines.Count(l => l.Key == doubled.Key).ShouldBe(2);
        lines.Where(l => !log.ContainsKey(l.Key!)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Should_fail_the_download_rather_than_trust_an_answer_signed_under_another_secret()
    {
        await SubmitAsync(Instruction(100));
        var crossed = Context(merchant: GenericSimulatorHost.OtherMerchant, secret: GenericSimulatorHost.Secret);

        await Should.ThrowAsync<HttpRequestException>(async () => await Adapter.DownloadStatementAsync(ChinaToday(), crossed, default).ToListAsync());
    }

    private async Task<List<StatementLine>> StatementAsync() => await Adapter.DownloadStatementAsync(ChinaToday(), Channel, default).ToListAsync();

    /// <summary>The provider keeps its books in China time, so "today's" statement is today there.</summary>
    private static DateOnly ChinaToday() => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static string Yuan(ChannelAmount amount) => GenericHttpAmountFormat.FormatDecimal(amount.Minor, amount.Exponent);
}
