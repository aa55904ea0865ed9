using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payroll;

/// <summary>The clerk's list of pending payouts: every filter, newest first, keyset-paged, account numbers masked.</summary>
[Collection(HostCollection.Name)]
public sealed class PayrollItemListTests(AggregatedPaymentsWebFactory factory) : PayrollSelectionTestBase(factory)
{
    [Fact]
    public async Task Should_page_items_newest_first_and_count_them_on_the_first_page_only()
    {
        var m = await CreatePayrollMerchantAsync();
        var older = await AddItemsAsync(m, Enumerable.Range(1, 4).Select(i => Item($"PAGE-{i}", 100_00 * i, i)).ToArray());
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var newer = await AddItemsAsync(m, Enumerable.Range(5, 3).Select(i => Item($"PAGE-{i}", 100_00 * i, i)).ToArray());

        var first = await Items(m).GetListAsync(new GetPayrollItemListInput { MaxResultCount = 3 });
        var second = await Items(m).GetListAsync(new GetPayrollItemListInput { MaxResultCount = 3, Cursor = first.NextCursor });
        var third = await Items(m).GetListAsync(new GetPayrollItemListInput { MaxResultCount = 3, Cursor = second.NextCursor });

        first.TotalCount.ShouldBe(7);
        second.TotalCount.ShouldBe(PayrollSelectionConsts.NotCounted);
        third.TotalCount.ShouldBe(PayrollSelectionConsts.NotCounted);
        third.NextCursor.ShouldBeNull();
        var read = first.Items.Concat(second.Items).Concat(third.Items).Select(i => i.Id).ToList();
        read.Count.ShouldBe(7);
        read.Take(3).ShouldBe(newer, ignoreOrder: true);
        read.Skip(3).ShouldBe(older, ignoreOrder: true);
    }

    [Fact]
    public async Task Should_filter_items_by_each_field()
    {
        var m = await CreatePayrollMerchantAsync();
        var before = Factory.Clock.GetUtcNow().UtcDateTime;
        var first = await AddItemsAsync(m, Item("FLT-1", 100_00, 1), Item("FLT-2", 250_00, 2, "CCB"), Item("FLT-3", 400_00, 3));
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var cut = Factory.Clock.GetUtcNow().UtcDateTime;
        var second = await AddItemsAsync(m, InvalidItem("FLT-4", 90_00, 4), Item("FLT-5", 120_00, 5));
        var intakeId = (await Items(m).GetAsync(first[0])).IntakeId;

        async Task<IEnumerable<Guid>> Find(Action<GetPayrollItemListInput> filter) => (await AllItemsAsync(m, filter)).Select(i => i.Id);

        (await Find(f => f.IntakeId = intakeId)).ShouldBe(first, ignoreOrder: true);
        (await Find(f => f.CreatedFrom = cut)).ShouldBe(second, ignoreOrder: true);
        (await Find(f => (f.CreatedFrom, f.CreatedTo) = (before, cut))).ShouldBe(first, ignoreOrder: true);
        (await Find(f => (f.AmountMin, f.AmountMax) = (100_00, 250_00))).ShouldBe([first[0], first[1], second[1]], ignoreOrder: true);
        (await Find(f => f.BankCode = "ccb")).ShouldBe([first[1]]);
        (await Find(f => f.IsValid = false)).ShouldBe([second[0]]);
        (await Find(f => f.IsValid = true)).Count().ShouldBe(4);
        (await Find(f => f.Reference = "FLT-3")).ShouldBe([first[2]]);
        (await Find(f => f.PayeeName = "ee 5")).ShouldBe([second[1]]);
        (await Find(f => f.Status = PayrollItemStatus.Pending)).Count().ShouldBe(5);
        (await Find(f => f.Status = PayrollItemStatus.Submitted)).ShouldBeEmpty();
        (await Find(f => f.Source = PayrollItemSource.Upload)).ShouldBeEmpty();
        (await Find(f => f.Source = PayrollItemSource.Api)).Count().ShouldBe(5);
    }

    [Fact]
    public async Task Should_show_an_item_with_its_account_number_masked_and_hide_it_from_other_merchants()
    {
        var m = await CreatePayrollMerchantAsync();
        var other = await CreatePayrollMerchantAsync();
        var ids = await AddItemsAsync(m, Item("ONE-1", 88_00, 1), InvalidItem("ONE-2", 50_00, 2));

        var item = await Items(m).GetAsync(ids[0]);
        var bad = await Items(m).GetAsync(ids[1]);
        var listed = await m.Admin.GetStringAsync("api/payroll/items");
        var elsewhere = await Should.ThrowAsync<RemoteServiceException>(() => Items(other).GetAsync(ids[0]));

        item.MerchantReference.ShouldBe("ONE-1");
        item.PayeeName.ShouldBe("Payee 1");
        item.AccountType.ShouldBe("BankCard");
        item.AmountMinor.ShouldBe(88_00);
        item.Status.ShouldBe(PayrollItemStatus.Pending);
        item.IsValid.ShouldBeTrue();
        item.AccountNumberMasked.ShouldEndWith(TestCardNumbers.Valid(1)[^4..]);
        item.AccountNumberMasked.ShouldNotContain(TestCardNumbers.Valid(1)[..12]);
        bad.IsValid.ShouldBeFalse();
        bad.Errors.Select(e => e.Code).ShouldContain(PayrollErrorCodes.AccountNumberCheckFailed);
        listed.ShouldNotContain(TestCardNumbers.Valid(1));
        listed.ShouldNotContain(TestCardNumbers.WrongCheckDigit(2));
        elsewhere.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }
}
