using System.Globalization;
using AggregatedPayments.Channels.Alipay.Simulator;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// The day's bill fetched and parsed by the adapter, compared with the simulator's own log of what
/// it paid: without drift they agree line for line; with drift the differences show in the lines.
/// </summary>
public sealed class AlipayStatementAgainstSimulatorTests : AlipaySimulatorTests
{
    [Fact]
    public void Should_declare_the_statement_function_it_implements()
    {
        Adapter.Capabilities.Supports(ChannelFunctions.Statement).ShouldBeTrue();
        Adapter.ShouldBeAssignableTo<IChannelStatement>();
    }

    [Fact]
    public async Task Should_list_exactly_the_payouts_the_simulator_made_that_day()
    {
        var (day, payouts) = await PayThreeAndEndTheDayAsync();

        var lines = await DownloadAsync(day);

        lines.Select(l => (l.Key, l.ProviderReference, l.Amount, l.State))
            .ShouldBe(payouts.Select(p => ((string?)p.Key, (string?)p.OrderId, Cny(p.Amount), ChannelPayoutState.Succeeded)));
        lines.Select(l => l.BookedAtUtc).ShouldBe(payouts.Select(p => (DateTime?)Truncated(p.PaidAt)));
    }

    [Fact]
    public async Task Should_show_a_failed_bank_card_transfer_as_paid_out_and_returned()
    {
        var bankCard = await Simulator.ContextAsync(AlipayProductCodes.ToBankCard);
        var instruction = Simulator.Instruction(900, AlipaySimulatorSession.BankCard());
        await Adapter.SubmitAsync(Adapter.PrepareSubmit(instruction, bankCard), bankCard, default);
        await Simulator.SettleAsync(instruction.Key, "FAIL");
        var day = AlipaySimulatorSession.BeijingDay((await Simulator.PayoutsAsync()).Single().PaidAt);
        await Simulator.AdvanceClockAsync(TimeSpan.FromDays(1));

        var lines = await DownloadAsync(day);

        lines.Select(l => (l.Key, l.Amount.Minor, l.State)).ShouldBe(
            [(instruction.Key, 900L, ChannelPayoutState.Succeeded), (instruction.Key, 900L, ChannelPayoutState.Returned)]);
    }

    [Fact]
    public async Task Should_make_dropped_changed_duplicated_and_extra_lines_visible()
    {
        var (day, payouts) = await PayThreeAndEndTheDayAsync();
        var paidKeys = payouts.Select(p => p.Key).ToHashSet();

        await Simulator.SetStatementDriftAsync(new { dropPercent = 100, extraLines = 2, seed = 3 });
        var dropped = await DownloadAsync(day);
        await Simulator.SetStatementDriftAsync(new { amountChangePercent = 100, seed = 3 });
        var changed = await DownloadAsync(day);
        await Simulator.SetStatementDriftAsync(new { duplicateSuccessPercent = 100, seed = 3 });
        var duplicated = await DownloadAsync(day);

        dropped.Count.ShouldBe(2);
        dropped.ShouldAllBe(l => !paidKeys.Contains(l.Key!));
        changed.Select(l => l.Amount.Minor).ShouldBe(payouts.Select(p => Cny(p.Amount).Minor + 1));
        duplicated.Select(l => l.Key).ShouldBe(payouts.SelectMany(p => new[] { p.Key, p.Key }));
    }

    [Fact]
    public async Task Should_refuse_a_day_whose_bill_does_not_exist_yet()
    {
        var today = AlipaySimulatorSession.BeijingDay(DateTimeOffset.UtcNow);

        var refused = await Should.ThrowAsync<AlipayStatementException>(() => DownloadAsync(today.AddDays(1)));

        refused.Message.ShouldContain("isp.bill_not_exist");
    }

    private async Task<(DateOnly Day, List<SimulatorPayout> Payouts)> PayThreeAndEndTheDayAsync()
    {
        foreach (var fen in new long[] { 1230, 99, 100_00 })
        {
            await Adapter.SubmitAsync(Adapter.PrepareSubmit(Simulator.Instruction(fen), Context), Context, default);
        }

        var payouts = await Simulator.PayoutsAsync();
        var day = AlipaySimulatorSession.BeijingDay(payouts[0].PaidAt);
        payouts.ShouldAllBe(p => AlipaySimulatorSession.BeijingDay(p.PaidAt) == day);
        await Simulator.AdvanceClockAsync(TimeSpan.FromDays(1));
        return (day, payouts);
    }

    private async Task<List<StatementLine>> DownloadAsync(DateOnly day)
    {
        var lines = new List<StatementLine>();
        await foreach (var line in Adapter.DownloadStatementAsync(day, Context, default))
        {
            lines.Add(line);
        }

        return lines;
    }

    private static ChannelAmount Cny(string yuan) =>
        new(long.Parse(yuan.Replace(".", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture), "CNY", 2);

    /// <summary>The bill names the second, not the tick.</summary>
    private static DateTime Truncated(DateTimeOffset instant) =>
        new(instant.UtcDateTime.Ticks - (instant.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
}
