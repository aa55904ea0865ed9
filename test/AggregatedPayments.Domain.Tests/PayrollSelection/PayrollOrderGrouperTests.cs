using AggregatedPayments.Channels;
using AggregatedPayments.Routing;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payroll;

/// <summary>How chosen items, read in (blind index, reference) order, become orders.</summary>
public sealed class PayrollOrderGrouperTests
{
    [Fact]
    public async Task Should_merge_only_items_to_the_same_account_name_account_type_bank_and_currency()
    {
        var items = new[]
        {
            Item("R1", "acct-a"), Item("R2", "acct-a"), Item("R3", "acct-a", name: "Other name"), Item("R4", "acct-a", bank: "CCB"),
            Item("R5", "acct-a", currency: "USD"), Item("R6", "acct-a", type: PayeeAccountType.ProviderLogin), Item("R7", "acct-b"), Item("R8", "acct-b")
        };

        var groups = await GroupAsync(aggregate: true, Channels(limit: null), items);

        groups.Select(References).ShouldBe(["R1,R2", "R3", "R4", "R5", "R6", "R7,R8"]);
        groups.Select(g => g.Number).ShouldBe([0, 1, 2, 3, 4, 5]);
    }

    [Fact]
    public async Task Should_fill_each_order_in_reference_order_up_to_the_limit_and_leave_out_an_item_above_it_alone()
    {
        var items = new[] { Item("R1", "acct-a", 100), Item("R2", "acct-a", 100), Item("R3", "acct-a", 301), Item("R4", "acct-a", 100), Item("R5", "acct-a", 300) };
        var grouper = new PayrollOrderGrouper(aggregate: true, Channels(limit: 300));

        var groups = await ToListAsync(grouper.GroupAsync(Stream(items), CancellationToken.None));

        groups.Select(References).ShouldBe(["R1,R2,R4", "R5"]);
        grouper.AboveLimit.ShouldBe(1);
    }

    [Fact]
    public async Task Should_make_one_order_per_item_when_not_aggregating()
    {
        var items = new[] { Item("R1", "acct-a"), Item("R2", "acct-a"), Item("R3", "acct-b") };

        var groups = await GroupAsync(aggregate: false, Channels(limit: null), items);

        groups.Select(References).ShouldBe(["R1", "R2", "R3"]);
    }

    [Fact]
    public async Task Should_plan_the_same_groups_from_the_same_items_on_every_run()
    {
        var items = Enumerable.Range(1, 40).Select(i => Item($"R{i:D2}", $"acct-{i % 7}", 10 + i)).OrderBy(i => i.AccountNumberIndex, StringComparer.Ordinal)
            .ThenBy(i => i.MerchantReference, StringComparer.Ordinal).ToArray();

        var first = await GroupAsync(aggregate: true, Channels(limit: 100), items);
        var again = await GroupAsync(aggregate: true, Channels(limit: 100), items);

        again.Select(g => (g.Number, References(g))).ShouldBe(first.Select(g => (g.Number, References(g))));
        first.ShouldAllBe(g => g.AmountMinor <= 100);
    }

    [Fact]
    public void Should_split_at_the_highest_limit_of_the_channels_routing_could_choose_for_the_currency()
    {
        RoutingCandidate[] candidates =
        [
            Candidate(limit: 100), Candidate(limit: 300), Candidate(limit: 1_000, open: false), Candidate(limit: 5_000, currency: "USD")
        ];

        var routed = new PayrollChannelView(null, candidates, new TimeOnly(12, 0));
        var unlimited = new PayrollChannelView(null, [.. candidates, Candidate(limit: null)], new TimeOnly(12, 0));
        var named = new PayrollChannelView(candidates[0].MerchantChannelId, [candidates[0]], new TimeOnly(12, 0));

        (routed.SingleLimitFor("CNY"), routed.SingleLimitFor("USD"), routed.SingleLimitFor("EUR")).ShouldBe((300L, 5_000L, (long?)null));
        unlimited.SingleLimitFor("CNY").ShouldBeNull();
        named.SingleLimitFor("CNY").ShouldBe(100);
    }

    private static async Task<List<PayrollPlannedGroup>> GroupAsync(bool aggregate, PayrollChannelView channels, PayrollSelectedItem[] items) =>
        await ToListAsync(new PayrollOrderGrouper(aggregate, channels).GroupAsync(Stream(items), CancellationToken.None));

    private static string References(PayrollPlannedGroup group) => string.Join(",", group.Items.Select(i => i.MerchantReference));

    private static PayrollChannelView Channels(long? limit) => new(null, [Candidate(limit)], new TimeOnly(12, 0));

    private static RoutingCandidate Candidate(long? limit, bool open = true, string currency = "CNY") =>
        new(Guid.NewGuid(), open, ChannelFunctions.Payout, [currency], 0, 1, limit, null, 0, null);

    private static PayrollSelectedItem Item(
        string reference, string index, long amount = 100, string name = "Payee", string bank = "ICBC", string currency = "CNY",
        PayeeAccountType type = PayeeAccountType.BankCard) =>
        new(Guid.NewGuid(), reference, index, "****1234", name, type, bank, currency, amount);

    private static async IAsyncEnumerable<PayrollSelectedItem> Stream(IEnumerable<PayrollSelectedItem> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
