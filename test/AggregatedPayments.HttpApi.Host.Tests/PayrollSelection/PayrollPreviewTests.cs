using AggregatedPayments.Hosting;
using AggregatedPayments.Ledger;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payroll;

/// <summary>What a clerk sees before submitting: the orders items would make, and the figures against each channel's balance.</summary>
[Collection(HostCollection.Name)]
public sealed class PayrollPreviewTests(AggregatedPaymentsWebFactory factory) : PayrollSelectionTestBase(factory)
{
    [Fact]
    public async Task Should_merge_three_items_to_one_payee_and_keep_two_singles_apart()
    {
        var m = await CreatePayrollMerchantAsync();
        var ids = await AddItemsAsync(m,
            Item("AGG-3", 30_00, 1), Item("AGG-1", 10_00, 1), Item("SINGLE-1", 40_00, 2), Item("AGG-2", 20_00, 1), Item("SINGLE-2", 50_00, 3));

        var merged = await Submissions(m).PreviewAsync(ByIds(ids, aggregate: true));
        var plain = await Submissions(m).PreviewAsync(ByIds(ids, aggregate: false));

        merged.Aggregate.ShouldBeTrue();
        (merged.OrderCount, merged.ItemCount).ShouldBe((3, 5));
        var payee = merged.Groups.Single(g => g.ItemCount == 3);
        payee.References.ShouldBe(["AGG-1", "AGG-2", "AGG-3"]);
        (payee.AmountMinor, payee.Currency, payee.PayeeName, payee.BankCode).ShouldBe((60_00L, "CNY", "Payee 1", "ICBC"));
        payee.AccountNumberMasked.ShouldEndWith(TestCardNumbers.Valid(1)[^4..]);
        payee.AccountNumberMasked.ShouldNotContain(TestCardNumbers.Valid(1)[..12]);
        merged.Groups.Where(g => g.ItemCount == 1).SelectMany(g => g.References).ShouldBe(["SINGLE-1", "SINGLE-2"], ignoreOrder: true);
        merged.Groups.ShouldAllBe(g => g.MerchantChannelId == m.MerchantChannelId);
        merged.Totals.ShouldHaveSingleItem().ShouldBe(new PayrollCurrencyTotalDto("CNY", 3, 5, 150_00));
        var figure = merged.Channels.ShouldHaveSingleItem();
        (figure.MerchantChannelId, figure.OrderCount, figure.ItemCount, figure.AmountMinor).ShouldBe((m.MerchantChannelId, 3, 5, 150_00L));
        (figure.AvailableMinor, figure.IsShort).ShouldBe((1_000_000_00L, false));
        merged.Skipped.ShouldAllBe(s => s.Count == 0);
        (plain.OrderCount, plain.ItemCount).ShouldBe((5, 5));
        plain.Groups.ShouldAllBe(g => g.ItemCount == 1);
    }

    [Fact]
    public async Task Should_aggregate_on_the_merchant_setting_when_the_clerk_does_not_say()
    {
        var m = await CreatePayrollMerchantAsync();
        var ids = await AddItemsAsync(m, Item("AUTO-1", 10_00, 1), Item("AUTO-2", 20_00, 1));

        var byDefault = await Submissions(m).PreviewAsync(ByIds(ids, aggregate: null));
        await TurnAutoAggregationAsync(m, on: true);
        var automatic = await Submissions(m).PreviewAsync(ByIds(ids, aggregate: null));
        var refused = await Submissions(m).PreviewAsync(ByIds(ids, aggregate: false));

        (byDefault.Aggregate, byDefault.OrderCount).ShouldBe((false, 2));
        (automatic.Aggregate, automatic.OrderCount).ShouldBe((true, 1));
        (refused.Aggregate, refused.OrderCount).ShouldBe((false, 2));
    }

    [Fact]
    public async Task Should_split_a_payee_at_the_channel_single_limit_and_report_an_item_above_it()
    {
        var m = await CreatePayrollMerchantAsync(singleLimitMinor: 250_00);
        var ids = await AddItemsAsync(m,
            Item("LIM-1", 100_00, 1), Item("LIM-2", 100_00, 1), Item("LIM-3", 100_00, 1), Item("LIM-4", 300_00, 2), Item("LIM-5", 250_00, 3));

        var preview = await Submissions(m).PreviewAsync(ByIds(ids));

        preview.Groups.Select(g => string.Join(",", g.References)).ShouldBe(["LIM-1,LIM-2", "LIM-3", "LIM-5"], ignoreOrder: true);
        preview.Groups.ShouldAllBe(g => g.AmountMinor <= 250_00);
        (preview.OrderCount, preview.ItemCount).ShouldBe((3, 4));
        var above = preview.Skipped.Single(s => s.Reason == PayrollSkipReason.AboveLimit);
        above.Count.ShouldBe(1);
        above.Code.ShouldBe(PayrollSelectionErrorCodes.SkippedAboveLimit);
        above.Text.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Should_split_a_payee_at_the_line_limit_of_an_order()
    {
        var m = await CreatePayrollMerchantAsync();
        var ids = await AddItemsAsync(m, Enumerable.Range(1, Payouts.PayoutConsts.MaxLinesPerOrder + 1).Select(i => Item($"LINE-{i:D4}", 1_00, 7)).ToArray());

        var preview = await Submissions(m).PreviewAsync(ByIds(ids));

        preview.OrderCount.ShouldBe(2);
        preview.Groups.Select(g => g.ItemCount).ShouldBe([Payouts.PayoutConsts.MaxLinesPerOrder, 1]);
        preview.Groups[0].References[0].ShouldBe("LINE-0001");
        preview.Groups[1].References.ShouldBe([$"LINE-{Payouts.PayoutConsts.MaxLinesPerOrder + 1:D4}"]);
    }

    [Fact]
    public async Task Should_flag_the_shortfall_of_a_channel_whose_available_balance_does_not_cover_the_selection()
    {
        var m = await CreatePayrollMerchantAsync(balance: 500_00);
        var ids = await AddItemsAsync(m, Item("SHORT-1", 200_00, 1), Item("SHORT-2", 250_00, 2), Item("SHORT-3", 150_00, 3));

        var named = await Submissions(m).PreviewAsync(ByIds(ids, merchantChannelId: m.MerchantChannelId));

        var figure = named.Channels.ShouldHaveSingleItem();
        figure.MerchantChannelId.ShouldBe(m.MerchantChannelId);
        figure.ChannelCode.ShouldStartWith("sbx");
        (figure.OrderCount, figure.AmountMinor, figure.AvailableMinor).ShouldBe((3, 600_00L, 500_00L));
        (figure.ShortfallMinor, figure.IsShort).ShouldBe((100_00L, true));
        (await new LedgerClientProxy(m.Admin).GetBalancesAsync()).ShouldHaveSingleItem().Available.ShouldBe(500_00);
    }

    [Fact]
    public async Task Should_count_chosen_items_that_cannot_be_submitted_with_their_reasons()
    {
        var m = await CreatePayrollMerchantAsync();
        var ids = await AddItemsAsync(m, Item("SKIP-1", 10_00, 1), InvalidItem("SKIP-2", 20_00, 2), Item("SKIP-3", 30_00, 3));

        var preview = await Submissions(m).PreviewAsync(ByIds([.. ids, Guid.NewGuid()]));
        var byFilter = await Submissions(m).PreviewAsync(new CreatePayrollSubmissionDto
        {
            Selection = new PayrollSelectionDto { Filter = new PayrollItemFilterDto { AmountMin = 15_00 } },
            Aggregate = false
        });

        preview.ItemCount.ShouldBe(2);
        preview.Skipped.ToDictionary(s => s.Reason, s => s.Count).ShouldBe(new Dictionary<PayrollSkipReason, int>
        {
            [PayrollSkipReason.Invalid] = 1,
            [PayrollSkipReason.AlreadySubmitted] = 0,
            [PayrollSkipReason.Discarded] = 0,
            [PayrollSkipReason.NotFound] = 1,
            [PayrollSkipReason.AboveLimit] = 0
        });
        byFilter.Groups.SelectMany(g => g.References).ShouldBe(["SKIP-3"]);
        byFilter.Skipped.Single(s => s.Reason == PayrollSkipReason.Invalid).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_refuse_a_selection_that_does_not_choose_in_exactly_one_way()
    {
        var m = await CreatePayrollMerchantAsync();
        var ids = await AddItemsAsync(m, Item("WAY-1", 10_00, 1));

        var none = await Should.ThrowAsync<Http.RemoteServiceException>(() => Submissions(m).PreviewAsync(new CreatePayrollSubmissionDto { Selection = new PayrollSelectionDto() }));
        var two = await Should.ThrowAsync<Http.RemoteServiceException>(() => Submissions(m).PreviewAsync(new CreatePayrollSubmissionDto
        {
            Selection = new PayrollSelectionDto { ItemIds = [.. ids], AllPending = true }
        }));

        none.Code.ShouldBe(PayrollSelectionErrorCodes.SelectionRequired);
        two.Code.ShouldBe(PayrollSelectionErrorCodes.SelectionRequired);
    }
}
