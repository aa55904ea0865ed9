using AggregatedPayments.Data;
using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using AggregatedPayments.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

/// <summary>Lists a clerk pages through while payouts keep arriving, and the manual-review queue.</summary>
[Collection(HostCollection.Name)]
public sealed class PayoutListTests(AggregatedPaymentsWebFactory factory) : PayoutHostTestBase(factory)
{
    [Fact]
    public async Task Should_return_every_order_exactly_once_across_keyset_pages_while_new_orders_are_added()
    {
        var m = await CreatePayoutMerchantAsync();
        var original = new List<Guid>();
        for (var i = 0; i < 23; i++)
        {
            original.Add((await m.Payouts.CreateAsync(Plain($"PAGE-{i}", 1_00 + i))).Order.Id);

            // Some share a creation time, so the id must break ties.
            if (i % 3 == 0)
            {
                Factory.Clock.Advance(TimeSpan.FromMilliseconds(5));
            }
        }

        var seen = new List<Guid>();
        string? cursor = null;
        var added = 0;
        do
        {
            var page = await m.Payouts.GetListAsync(new GetPayoutListInput { MaxResultCount = 5, Cursor = cursor });
            seen.AddRange(page.Items.Select(o => o.Id));
            cursor = page.NextCursor;
            Factory.Clock.Advance(TimeSpan.FromMilliseconds(1));
            await m.Payouts.CreateAsync(Plain($"LATE-{added++}", 2_00));
        }
        while (cursor is not null);

        // Orders added while paging are newer than every cursor, so they wait for the next first page.
        seen.ShouldBeUnique();
        seen.ShouldBe(original, ignoreOrder: true);
        added.ShouldBeGreaterThan(4);
    }

    [Fact]
    public async Task Should_filter_by_state_reference_time_review_flag_and_merchant_channel()
    {
        var m = await CreatePayoutMerchantAsync();
        var from = Factory.Clock.GetUtcNow().UtcDateTime;
        var paid = (await m.Payouts.CreateAsync(Plain("F-PAID", 10_00))).Order;
        await RunJobsAsync();
        var failed = (await m.Payouts.CreateAsync(Plain("F-FAIL", 10_13))).Order;
        await RunJobsAsync();
        Factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var later = (await m.Payouts.CreateAsync(Plain("F-LATER", 10_00))).Order;
        await FlagForReviewAsync(m, later.Id);

        (await IdsAsync(m, new GetPayoutListInput { State = PayoutState.Succeeded })).ShouldBe([paid.Id]);
        (await IdsAsync(m, new GetPayoutListInput { State = PayoutState.Failed })).ShouldBe([failed.Id]);
        (await IdsAsync(m, new GetPayoutListInput { MerchantReference = "F-FAIL" })).ShouldBe([failed.Id]);
        (await IdsAsync(m, new GetPayoutListInput { CreatedFrom = from, CreatedTo = from.AddMilliseconds(500) })).ShouldBe([failed.Id, paid.Id], ignoreOrder: true);
        (await IdsAsync(m, new GetPayoutListInput { NeedsManualReview = true })).ShouldBe([later.Id]);
        (await IdsAsync(m, new GetPayoutListInput { MerchantChannelId = m.MerchantChannelId })).Count.ShouldBe(3);
        (await IdsAsync(m, new GetPayoutListInput { MerchantChannelId = Guid.NewGuid() })).ShouldBeEmpty();
        (await Should.ThrowAsync<RemoteServiceException>(() => m.Payouts.GetListAsync(new GetPayoutListInput { Cursor = "not-a-cursor" })))
            .Code.ShouldBe(PayoutsErrorCodes.InvalidCursor);
    }

    [Fact]
    public async Task Should_resolve_a_manual_review_with_the_reason_and_the_user_in_the_history()
    {
        var m = await CreatePayoutMerchantAsync();
        var order = (await m.Payouts.CreateAsync(Plain("REVIEW-1", 10_00))).Order;
        var notFlagged = await Should.ThrowAsync<RemoteServiceException>(() => m.Payouts.ResolveReviewAsync(order.Id, new ResolvePayoutReviewDto { Reason = "checked" }));
        await FlagForReviewAsync(m, order.Id);

        var resolved = await m.Payouts.ResolveReviewAsync(order.Id, new ResolvePayoutReviewDto { Reason = "provider confirmed by phone" });

        notFlagged.Code.ShouldBe(PayoutsErrorCodes.NotInReview);
        resolved.Order.NeedsManualReview.ShouldBeFalse();
        var row = resolved.History[^1];
        row.Reason.ShouldContain("provider confirmed by phone");
        row.Actor.ShouldBe("admin");
    }

    // The janitor flags payouts it cannot settle; here the test does what it would.
    private async Task FlagForReviewAsync(PayoutMerchant m, Guid orderId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(m.Merchant.Id);
        await using var transaction = await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().BeginTransactionAsync();
        var order = await scope.ServiceProvider.GetRequiredService<IPayoutOrderStore>().FindAsync(orderId, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<PayoutTransitionManager>().FlagForManualReviewAsync(order!, "second NotFound", "job:janitor", CancellationToken.None);
        await transaction.CommitAsync();
    }

    private static async Task<List<Guid>> IdsAsync(PayoutMerchant m, GetPayoutListInput input) =>
        (await m.Payouts.GetListAsync(input)).Items.Select(o => o.Id).ToList();
}
