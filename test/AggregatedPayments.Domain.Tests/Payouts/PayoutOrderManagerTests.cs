using AggregatedPayments.Dictionaries;
using AggregatedPayments.Exceptions;
using Shouldly;
using Xunit;
using static AggregatedPayments.Payouts.PayoutTestServices;

namespace AggregatedPayments.Payouts;

/// <summary>What a payout request must satisfy, and how a repeat of one is recognised.</summary>
public sealed class PayoutOrderManagerTests
{
    private readonly PayoutTestServices _services = new();

    [Fact]
    public async Task Should_give_back_the_order_for_a_repeat_of_the_same_request()
    {
        var first = await Create(Line("R-1", 1_00), Line("R-2", 2_00));

        var repeat = await Create(Line("R-2", 2_00, Zhang with { AccountNumber = "6222021234567890" }), Line("R-1", 1_00));

        repeat.ShouldBe(first with { Created = false });
        _services.Store.Orders.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_refuse_a_repeat_with_other_content_naming_the_reference()
    {
        await Create(Line("R-3", 1_00));

        var conflict = await Should.ThrowAsync<ConflictException>(() => Create(Line("R-3", 1_01)));

        (conflict.Code, conflict.Values["reference"]).ShouldBe((PayoutsErrorCodes.ReferenceConflict, (object?)"R-3"));
    }

    [Fact]
    public async Task Should_refuse_an_empty_or_oversized_request()
    {
        (await Should.ThrowAsync<BusinessException>(() => Create())).Code.ShouldBe(PayoutsErrorCodes.NoLines);
        var tooMany = Enumerable.Range(0, PayoutConsts.MaxLinesPerOrder + 1).Select(i => Line($"M-{i}", 1)).ToArray();
        (await Should.ThrowAsync<BusinessException>(() => Create(tooMany))).Code.ShouldBe(PayoutsErrorCodes.TooManyLines);
    }

    [Fact]
    public async Task Should_refuse_lines_to_different_payees_in_one_order()
    {
        var refused = await Should.ThrowAsync<BusinessException>(() => Create(Line("P-1", 1_00), Line("P-2", 1_00, Zhang with { BankCode = "CCB" })));

        refused.Code.ShouldBe(PayoutsErrorCodes.AggregatedPayeeMismatch);
    }

    [Fact]
    public async Task Should_refuse_mixed_currencies_a_zero_amount_and_a_repeated_reference()
    {
        (await Should.ThrowAsync<BusinessException>(() => Create(Line("X-1", 1_00), Line("X-2", 100, currency: "JPY")))).Code.ShouldBe(PayoutsErrorCodes.CurrencyMismatch);
        (await Should.ThrowAsync<BusinessException>(() => Create(Line("X-3", 0)))).Code.ShouldBe(PayoutsErrorCodes.InvalidAmount);
        (await Should.ThrowAsync<BusinessException>(() => Create(Line("X-4", 1_00), Line(" X-4", 2_00)))).Code.ShouldBe(PayoutsErrorCodes.DuplicateReferenceInRequest);
        _services.Store.Orders.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_a_currency_the_platform_does_not_offer()
    {
        (await Should.ThrowAsync<BusinessException>(() => Create(Line("EUR-1", 1_00, currency: "EUR")))).Code.ShouldBe(DictionariesErrorCodes.UnknownCurrency);
    }

    [Fact]
    public async Task Should_refuse_a_purpose_beyond_its_limit()
    {
        var line = Line("LONG-1", 1_00) with { Purpose = new string('x', PayoutConsts.MaxPurposeLength + 1) };

        await Should.ThrowAsync<InvalidInputException>(() => Create(line));
    }

    private Task<PayoutCreation> Create(params PayoutLineRequest[] lines) => _services.Orders.CreateAsync(lines, "clerk", CancellationToken.None);
}
