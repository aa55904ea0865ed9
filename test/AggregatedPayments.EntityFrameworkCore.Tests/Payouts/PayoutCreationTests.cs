using AggregatedPayments.Channels;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static AggregatedPayments.Payouts.PayoutDatabase;

namespace AggregatedPayments.Payouts;

/// <summary>The first layer of idempotency: one line per merchant reference, whatever arrives at once.</summary>
public sealed class PayoutCreationTests : IAsyncLifetime
{
    private PayoutDatabase _db = null!;

    public async Task InitializeAsync() => _db = await PayoutDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Should_create_one_order_and_one_line_from_200_concurrent_creations_of_the_same_reference()
    {
        var creations = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => _db.CreateOrderAsync(Line("SAME-REF-1", 10_00)))));

        creations.Count(c => c.Created).ShouldBe(1);
        creations.Select(c => c.OrderId).Distinct().ShouldHaveSingleItem();
        (await CountAsync<PayoutOrder>()).ShouldBe(1);
        (await CountAsync<PayoutLine>()).ShouldBe(1);
        await _db.Database.AssertHoldAsync();
    }

    [Fact]
    public async Task Should_give_back_the_existing_order_for_the_same_reference_and_content()
    {
        var first = await _db.CreateOrderAsync(Line("REF-A", 12_34, purpose: " Salary "));

        var repeat = await _db.CreateOrderAsync(Line(" REF-A ", 12_34, Zhang with { AccountNumber = "6222-0212-3456-7890" }, "Salary"));

        first.Created.ShouldBeTrue();
        repeat.ShouldBe(first with { Created = false });
        (await CountAsync<PayoutLine>()).ShouldBe(1);
    }

    public static TheoryData<string, PayoutLineRequest> ChangedContent() => new()
    {
        { "amount", Line("REF-B", 12_35) },
        { "purpose", Line("REF-B", 12_34, purpose: "Bonus") },
        { "account number", Line("REF-B", 12_34, Zhang with { AccountNumber = "6222021234567891" }) },
        { "account name", Line("REF-B", 12_34, Zhang with { AccountName = "李四" }) }
    };

    [Theory]
    [MemberData(nameof(ChangedContent))]
    public async Task Should_refuse_the_same_reference_with_different_content_with_a_conflict(string changed, PayoutLineRequest request)
    {
        var original = await _db.CreateOrderAsync(Line("REF-B", 12_34));

        var conflict = await Should.ThrowAsync<ConflictException>(() => _db.CreateOrderAsync(request));

        conflict.Code.ShouldBe(PayoutsErrorCodes.ReferenceConflict, changed);
        conflict.Values["reference"].ShouldBe("REF-B");
        (await _db.LoadAsync(original.OrderId)).Lines.ShouldHaveSingleItem().AmountMinor.ShouldBe(12_34);
        (await CountAsync<PayoutLine>()).ShouldBe(1);
    }

    [Fact]
    public async Task Should_aggregate_lines_to_one_payee_into_one_order_of_their_sum()
    {
        var creation = await _db.CreateOrderAsync(Line("AGG-1", 100_00), Line("AGG-2", 50_00, Zhang with { AccountNumber = "6222 0212 3456 7890 " }));

        var order = await _db.LoadAsync(creation.OrderId);
        order.Kind.ShouldBe(PayoutKind.Aggregated);
        order.Amount.ShouldBe(new Money(150_00, "CNY"));
        order.Lines.OrderBy(l => l.LineNumber).Select(l => l.MerchantReference).ShouldBe(["AGG-1", "AGG-2"]);
        order.Payee.MaskedAccountNumber.ShouldBe("************7890");
    }

    [Fact]
    public async Task Should_refuse_an_aggregated_order_whose_lines_go_to_different_payees()
    {
        var refused = await Should.ThrowAsync<BusinessException>(() =>
            _db.CreateOrderAsync(Line("MIX-1", 1_00), Line("MIX-2", 1_00, Zhang with { AccountName = "李四" })));

        refused.Code.ShouldBe(PayoutsErrorCodes.AggregatedPayeeMismatch);
        (await CountAsync<PayoutOrder>()).ShouldBe(0);
    }

    [Fact]
    public async Task Should_refuse_a_request_that_repeats_only_some_of_an_orders_references()
    {
        await _db.CreateOrderAsync(Line("PART-1", 1_00), Line("PART-2", 2_00));

        (await Should.ThrowAsync<ConflictException>(() => _db.CreateOrderAsync(Line("PART-1", 1_00))))
            .Code.ShouldBe(PayoutsErrorCodes.ReferenceConflict);
        (await Should.ThrowAsync<ConflictException>(() => _db.CreateOrderAsync(Line("PART-2", 2_00), Line("PART-3", 3_00))))
            .Code.ShouldBe(PayoutsErrorCodes.ReferenceConflict);
        (await CountAsync<PayoutLine>()).ShouldBe(2);
    }

    [Fact]
    public async Task Should_keep_references_distinct_by_case_and_per_merchant()
    {
        var upper = await _db.CreateOrderAsync(Line("CASE-REF", 1_00));
        var lower = await _db.CreateOrderAsync(Line("case-ref", 1_00));
        var otherMerchant = await _db.InTenantAsync(
            services => services.GetRequiredService<PayoutOrderManager>().CreateAsync([Line("CASE-REF", 1_00)], "clerk", CancellationToken.None),
            Guid.NewGuid());

        new[] { upper, lower, otherMerchant }.ShouldAllBe(c => c.Created);
        new[] { upper.OrderId, lower.OrderId, otherMerchant.OrderId }.Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public async Task Should_store_the_account_number_only_encrypted_and_give_it_back_for_the_adapter()
    {
        var creation = await _db.CreateOrderAsync(Line("SECRET-1", 1_00));

        var order = await _db.LoadAsync(creation.OrderId);
        order.Payee.AccountNumberCiphertext.ShouldNotContain("6222");
        order.Payee.ToString().ShouldNotContain("62220212");
        order.Payee.AccountType.ShouldBe(PayeeAccountType.BankCard);
        var clear = await _db.InTenantAsync(services => services.GetRequiredService<PayeeAccountFactory>().DecryptAccountNumberAsync(order.Payee, CancellationToken.None));
        clear.ShouldBe("6222021234567890");
    }

    private Task<int> CountAsync<T>()
        where T : class =>
        _db.InTenantAsync(services => services.GetRequiredService<AggregatedPaymentsDbContext>().Set<T>().CountAsync());
}
