using AggregatedPayments.Hosting;
using AggregatedPayments.Payouts;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Ledger;

/// <summary>A merchant's ledger through the API: balances per merchant channel, postings by order, keyset paging.</summary>
[Collection(HostCollection.Name)]
public sealed class LedgerApiTests(AggregatedPaymentsWebFactory factory) : PayoutHostTestBase(factory)
{
    [Fact]
    public async Task Should_show_the_balances_the_postings_explain()
    {
        var m = await CreatePayoutMerchantAsync(initialBalanceMinor: 500_00);
        var ledger = new LedgerClientProxy(m.Admin);
        await m.Payouts.CreateAsync(Plain("L-PAID", 100_00));
        await m.Payouts.CreateAsync(Plain("L-FAIL", 50_13));
        await RunJobsAsync();
        await m.Payouts.CreateAsync(Plain("L-HELD", 20_00));

        var balance = (await ledger.GetBalancesAsync()).ShouldHaveSingleItem();
        var postings = (await ledger.GetPostingsAsync(new GetLedgerPostingListInput { MerchantChannelId = m.MerchantChannelId, MaxResultCount = 100 })).Items;

        balance.ShouldBe(new LedgerBalanceDto(m.MerchantChannelId, "CNY", 380_00, 20_00, 100_00, 0, -500_00));
        postings.Select(p => p.EventKind).Order().ShouldBe(
            [LedgerEventKind.BalanceSync, LedgerEventKind.Hold, LedgerEventKind.Hold, LedgerEventKind.Hold, LedgerEventKind.Success, LedgerEventKind.Release]);
        postings.Where(p => p.EventKind != LedgerEventKind.BalanceSync).ShouldAllBe(p => p.OrderId != null);
    }

    [Fact]
    public async Task Should_list_one_orders_postings_and_page_all_postings_exactly_once()
    {
        var m = await CreatePayoutMerchantAsync();
        var ledger = new LedgerClientProxy(m.Admin);
        var orders = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            orders.Add((await m.Payouts.CreateAsync(Plain($"LP-{i}", 10_00))).Order.Id);
        }

        await RunJobsAsync();

        var ofOne = (await ledger.GetPostingsAsync(new GetLedgerPostingListInput { OrderId = orders[2] })).Items;
        var all = new List<LedgerPostingDto>();
        string? cursor = null;
        do
        {
            var page = await ledger.GetPostingsAsync(new GetLedgerPostingListInput { MaxResultCount = 4, Cursor = cursor });
            all.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        ofOne.Select(p => p.EventKind).Order().ShouldBe([LedgerEventKind.Hold, LedgerEventKind.Success]);
        ofOne.ShouldAllBe(p => p.OrderId == orders[2]);
        all.Select(p => p.Id).ShouldBeUnique();
        all.Count.ShouldBe(1 + 6 * 2);
        all.Select(p => p.Time).ShouldBeInOrder(SortDirection.Descending);
    }
}
