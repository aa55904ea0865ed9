using System.Text.Json;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Ledger;
using AggregatedPayments.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static AggregatedPayments.Payouts.PayoutApplicationDatabase;

namespace AggregatedPayments.Payouts;

/// <summary>Creating payouts through the app service: idempotent by reference, held at once, never showing an account number.</summary>
public sealed class PayoutCreationAppServiceTests : IAsyncLifetime
{
    private PayoutApplicationDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await PayoutApplicationDatabase.CreateAsync();
        await _db.FundAsync(1_000_00);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Should_create_a_plain_payout_hold_its_amount_and_show_the_account_only_masked()
    {
        var creation = await _db.PayoutsAsync(p => p.CreateAsync(Plain("PAY-1", 123_45)));
        var detail = await _db.PayoutsAsync(p => p.GetAsync(creation.Order.Id));

        creation.Created.ShouldBeTrue();
        creation.Order.State.ShouldBe(PayoutState.Submitting);
        creation.Order.Kind.ShouldBe(PayoutKind.Plain);
        creation.Order.MerchantReferences.ShouldBe(["PAY-1"]);
        creation.Order.Payee.MaskedAccountNumber.ShouldBe("************7890");
        detail.Attempts.ShouldHaveSingleItem().MerchantChannelId.ShouldBe(_db.MerchantChannelId);
        detail.Postings.ShouldHaveSingleItem().EventKind.ShouldBe(LedgerEventKind.Hold);
        detail.History.Select(h => h.To).ShouldBe([PayoutState.PendingSubmission, PayoutState.Submitting]);
        (await _db.BalanceAsync()).Held.ShouldBe(123_45);
        var json = JsonSerializer.Serialize(new object[] { creation, detail });
        json.ShouldNotContain("62220212");
        json.ShouldNotContain("3456");
    }

    [Fact]
    public async Task Should_create_one_aggregated_order_for_several_lines_to_one_payee()
    {
        var creation = await _db.PayoutsAsync(p => p.CreateAggregatedAsync(new CreateAggregatedPayoutDto
        {
            Currency = "CNY",
            Payee = Payee(),
            Lines = [new PayoutLineInput { MerchantReference = "AGG-1", AmountMinor = 10_00 }, new PayoutLineInput { MerchantReference = "AGG-2", AmountMinor = 5_00, Remark = "bonus" }]
        }));
        var detail = await _db.PayoutsAsync(p => p.GetAsync(creation.Order.Id));

        creation.Order.Kind.ShouldBe(PayoutKind.Aggregated);
        creation.Order.AmountMinor.ShouldBe(15_00);
        detail.Lines.Select(l => (l.LineNumber, l.MerchantReference, l.AmountMinor)).ShouldBe([(1, "AGG-1", 10_00L), (2, "AGG-2", 5_00L)]);
        (await _db.BalanceAsync()).Held.ShouldBe(15_00);
    }

    [Fact]
    public async Task Should_give_back_the_existing_order_for_the_same_request_without_holding_twice()
    {
        var first = await _db.PayoutsAsync(p => p.CreateAsync(Plain("SAME-1", 50_00)));

        var repeat = await _db.PayoutsAsync(p => p.CreateAsync(Plain(" SAME-1 ", 50_00, "6222-0212-3456-7890")));

        repeat.Created.ShouldBeFalse();
        repeat.Order.Id.ShouldBe(first.Order.Id);
        (await _db.CountAsync<PayoutAttempt>()).ShouldBe(1);
        (await _db.BalanceAsync()).Held.ShouldBe(50_00);
    }

    [Fact]
    public async Task Should_refuse_the_same_reference_with_different_content_as_a_conflict_and_change_nothing()
    {
        await _db.PayoutsAsync(p => p.CreateAsync(Plain("DIFF-1", 50_00)));

        var conflict = await Should.ThrowAsync<ConflictException>(() => _db.PayoutsAsync(p => p.CreateAsync(Plain("DIFF-1", 50_01))));

        conflict.Code.ShouldBe(PayoutsErrorCodes.ReferenceConflict);
        (await _db.CountAsync<PayoutOrder>()).ShouldBe(1);
        (await _db.BalanceAsync()).Held.ShouldBe(50_00);
    }

    public static TheoryData<string, CreatePayoutDto, string> BadInputs() => new()
    {
        { "reference", Plain("bad ref!"), PayoutsErrorCodes.InvalidMerchantReference },
        { "currency", new CreatePayoutDto { MerchantReference = "C-1", AmountMinor = 1_00, Currency = "C1", Payee = Payee() }, ErrorCodes.ValidationFailed },
        { "account type", new CreatePayoutDto { MerchantReference = "T-1", AmountMinor = 1_00, Currency = "CNY", Payee = new PayeeInput { AccountNumber = "1", AccountName = "a", AccountType = "7" } }, PayoutsErrorCodes.InvalidPayee },
        { "account number", Plain("N-1", 1_00, " "), PayoutsErrorCodes.InvalidPayee },
        { "amount", Plain("A-1", -5), PayoutsErrorCodes.InvalidAmount },
        { "merchant channel", new CreatePayoutDto { MerchantReference = "M-1", AmountMinor = 1_00, Currency = "CNY", Payee = Payee(), MerchantChannelId = Guid.NewGuid() }, PayoutsErrorCodes.UnknownMerchantChannel }
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Should_refuse_bad_input_with_a_stable_code_and_store_nothing(string what, CreatePayoutDto input, string code)
    {
        var refused = await Should.ThrowAsync<BusinessException>(() => _db.PayoutsAsync(p => p.CreateAsync(input)));

        refused.Code.ShouldBe(code, what);
        (await _db.CountAsync<PayoutOrder>()).ShouldBe(0);
        (await _db.CountAsync<PayoutLine>()).ShouldBe(0);
    }

    [Fact]
    public async Task Should_refuse_an_aggregated_order_to_different_payees_because_lines_share_one_payee()
    {
        var refused = await Should.ThrowAsync<BusinessException>(() => _db.PayoutsAsync(p => p.CreateAggregatedAsync(new CreateAggregatedPayoutDto
        {
            Currency = "CNY",
            Payee = Payee(),
            Lines = [new PayoutLineInput { MerchantReference = "DUP", AmountMinor = 1_00 }, new PayoutLineInput { MerchantReference = "DUP", AmountMinor = 2_00 }]
        })));

        refused.Code.ShouldBe(PayoutsErrorCodes.DuplicateReferenceInRequest);
        (await _db.CountAsync<PayoutOrder>()).ShouldBe(0);
    }

    [Fact]
    public async Task Should_leave_the_order_pending_when_available_is_short_and_start_it_when_the_request_comes_again()
    {
        var shortOfFunds = await Should.ThrowAsync<BusinessException>(() => _db.PayoutsAsync(p => p.CreateAsync(Plain("BIG-1", 2_000_00))));
        var pending = (await _db.PayoutsAsync(p => p.GetListAsync(new GetPayoutListInput { MerchantReference = "BIG-1" }))).Items.ShouldHaveSingleItem();
        await _db.FundAsync(3_000_00);

        var repeat = await _db.PayoutsAsync(p => p.CreateAsync(Plain("BIG-1", 2_000_00)));

        shortOfFunds.Code.ShouldBe(LedgerErrorCodes.InsufficientAvailable);
        pending.State.ShouldBe(PayoutState.PendingSubmission);
        repeat.Order.Id.ShouldBe(pending.Id);
        repeat.Order.State.ShouldBe(PayoutState.Submitting);
        (await _db.BalanceAsync()).Held.ShouldBe(2_000_00);
        await _db.Database.AssertHoldAsync();
    }

    [Fact]
    public async Task Should_keep_one_order_one_line_and_one_attempt_when_200_identical_requests_race()
    {
        // At most 24 at once hold a session, so a shared MariaDB keeps connections for other test runs.
        using var sessions = new SemaphoreSlim(24);
        var creations = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(async () =>
        {
            await sessions.WaitAsync();
            try
            {
                return (await _db.PayoutsAsync(p => p.CreateAsync(Plain("RACE-1", 7_00)))).Order.Id;
            }
            catch (ConflictException conflict) when (conflict.Code == PayoutsErrorCodes.ReferenceInUse)
            {
                return Guid.Empty;
            }
            finally
            {
                sessions.Release();
            }
        })));

        creations.Where(id => id != Guid.Empty).Distinct().ShouldHaveSingleItem();
        (await _db.CountAsync<PayoutOrder>()).ShouldBe(1);
        (await _db.CountAsync<PayoutLine>()).ShouldBe(1);
        (await _db.CountAsync<PayoutAttempt>()).ShouldBe(1);
        (await _db.BalanceAsync()).Held.ShouldBe(7_00);
        await _db.Database.AssertHoldAsync();
    }

    [Fact]
    public async Task Should_refuse_a_platform_user_that_is_not_acting_inside_a_merchant()
    {
        await using var scope = _db.Database.CreateScope();
        using var platform = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(null);

        var refused = await Should.ThrowAsync<BusinessException>(() => scope.ServiceProvider.GetRequiredService<IPayoutAppService>().CreateAsync(Plain("HOST-1")));

        refused.Code.ShouldBe(PayoutsErrorCodes.ActInsideMerchant);
    }
}
