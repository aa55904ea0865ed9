using AggregatedPayments.Channels;
using AggregatedPayments.Merchants.Policies;
using AggregatedPayments.Payouts;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static AggregatedPayments.Payroll.TestPayrollItems;

namespace AggregatedPayments.Payroll;

public sealed class PayrollIntakeWriterTests : IAsyncLifetime
{
    private PayrollDatabase _db = null!;

    public async Task InitializeAsync() =>
        _db = await PayrollDatabase.CreateAsync(new MerchantPayoutPolicy(null, [], [new MerchantCurrencyLimit("CNY", SingleMaxMinor: 50_000_00)]));

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Should_store_valid_items_with_the_account_number_encrypted_and_count_them()
    {
        var (intake, outcomes) = await _db.TakeInAsync(Valid(1), Valid(2, 250_00));

        intake.Status.ShouldBe(PayrollIntakeStatus.Completed);
        (intake.ReadCount, intake.CreatedCount, intake.InvalidCount, intake.ConflictCount).ShouldBe((2, 2, 0, 0));
        intake.EndTime.ShouldNotBeNull();
        outcomes.Select(o => o.Kind).ShouldAllBe(k => k == PayrollItemOutcomeKind.Created);
        var items = await _db.ListAsync<PayrollItem>();
        items.Count.ShouldBe(2);
        var second = items.Single(i => i.MerchantReference == "PAY-000002");
        (second.AmountMinor, second.Currency, second.BankCode, second.IsValid, second.Status).ShouldBe((250_00L, "CNY", "ICBC", true, PayrollItemStatus.Pending));
        second.AccountNumberCiphertext.ShouldNotContain(TestCardNumbers.Valid(2));
        second.AccountNumberMasked.ShouldNotBe(TestCardNumbers.Valid(2));
        second.AccountNumberMasked.ShouldEndWith(TestCardNumbers.Valid(2)[^4..]);
        (await _db.ListAsync<PayrollIntakeError>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_create_nothing_new_when_the_same_items_come_again()
    {
        await _db.TakeInAsync(Valid(1), Valid(2));

        var (again, outcomes) = await _db.TakeInAsync(Valid(1) with { AccountNumber = " " + TestCardNumbers.Valid(1)[..4] + " " + TestCardNumbers.Valid(1)[4..] }, Valid(2));

        (again.ReadCount, again.CreatedCount, again.UnchangedCount, again.ConflictCount).ShouldBe((2, 0, 2, 0));
        outcomes.ShouldAllBe(o => o.Kind == PayrollItemOutcomeKind.Unchanged && o.ItemId != null);
        (await _db.ListAsync<PayrollItem>()).Count.ShouldBe(2);
    }

    public static TheoryData<string, PayrollItemInput> ChangedContent() => new()
    {
        { "amount", Valid(1, 100_01) },
        { "account number", Valid(1) with { AccountNumber = TestCardNumbers.Valid(99) } },
        { "payee name", Valid(1) with { PayeeName = "Someone Else" } },
        { "bank", Valid(1) with { BankCode = "CCB" } },
        { "remark", Valid(1) with { Remark = "changed" } }
    };

    [Theory]
    [MemberData(nameof(ChangedContent))]
    public async Task Should_report_the_same_reference_with_different_content_as_a_conflict_and_keep_the_first(string changed, PayrollItemInput input)
    {
        await _db.TakeInAsync(Valid(1));

        var (intake, outcomes) = await _db.TakeInAsync(input);

        intake.ConflictCount.ShouldBe(1, changed);
        outcomes.Single().Kind.ShouldBe(PayrollItemOutcomeKind.Conflict);
        outcomes.Single().Errors.ShouldContain(PayrollErrorCodes.ReferenceConflict);
        var item = (await _db.ListAsync<PayrollItem>()).ShouldHaveSingleItem();
        (item.AmountMinor, item.PayeeName, item.BankCode).ShouldBe((100_00L, "Payee 1", "ICBC"));
        var error = (await _db.ListAsync<PayrollIntakeError>()).ShouldHaveSingleItem();
        (error.IntakeId, error.Line, error.MerchantReference).ShouldBe((intake.Id, 1L, "PAY-000001"));
    }

    public static TheoryData<PayrollItemInput, string> InvalidItems() => new()
    {
        { Valid(1) with { MerchantReference = " " }, PayrollErrorCodes.MissingReference },
        { Valid(1) with { MerchantReference = "has space" }, PayrollErrorCodes.InvalidReference },
        { Valid(1) with { PayeeName = null }, PayrollErrorCodes.MissingPayeeName },
        { Valid(1) with { AccountNumber = "" }, PayrollErrorCodes.MissingAccountNumber },
        { Valid(1) with { AccountNumber = "6222-02AB-3456" }, PayrollErrorCodes.InvalidAccountNumber },
        { Valid(1) with { AccountNumber = TestCardNumbers.WrongCheckDigit(1) }, PayrollErrorCodes.AccountNumberCheckFailed },
        { Valid(1) with { BankCode = null }, PayrollErrorCodes.MissingBankCode },
        { Valid(1) with { BankCode = "NOBANK" }, PayrollErrorCodes.UnknownBankCode },
        { Valid(1) with { AccountType = "Cheque" }, PayrollErrorCodes.InvalidAccountType },
        { Valid(1) with { AmountMinor = 0 }, PayrollErrorCodes.AmountNotPositive },
        { Valid(1) with { AmountMinor = -5 }, PayrollErrorCodes.AmountNotPositive },
        { Valid(1) with { AmountMinor = null }, PayrollErrorCodes.MissingAmount },
        { Valid(1) with { AmountMinor = null, AmountText = "12.345" }, PayrollErrorCodes.AmountTooPrecise },
        { Valid(1) with { AmountMinor = null, AmountText = "twelve" }, PayrollErrorCodes.InvalidAmount },
        { Valid(1) with { AmountMinor = 50_000_01 }, PayrollErrorCodes.AmountAboveLimit },
        { Valid(1) with { Currency = null }, PayrollErrorCodes.MissingCurrency },
        { Valid(1) with { Currency = "XYZ" }, PayrollErrorCodes.UnknownCurrency },
        { Valid(1) with { Currency = "USD" }, PayrollErrorCodes.CurrencyNotAllowed },
        { Valid(1) with { Purpose = new string('p', 65) }, PayrollErrorCodes.PurposeTooLong },
        { Valid(1) with { Remark = new string('r', 201) }, PayrollErrorCodes.RemarkTooLong }
    };

    [Theory]
    [MemberData(nameof(InvalidItems))]
    public async Task Should_report_an_invalid_item_with_its_line_and_reason_and_never_make_it_payable(PayrollItemInput input, string code)
    {
        var (intake, outcomes) = await _db.TakeInAsync(Valid(7, line: 2), input with { Line = 3 });

        (intake.ReadCount, intake.CreatedCount, intake.InvalidCount).ShouldBe((2, 1, 1));
        outcomes.Single(o => o.Line == 3).Errors.ShouldContain(code);
        var error = (await _db.ListAsync<PayrollIntakeError>()).ShouldHaveSingleItem();
        error.Line.ShouldBe(3);
        error.CodeList.ShouldContain(code);
        (await _db.ListAsync<PayrollItem>()).Where(i => i.IsValid).Select(i => i.MerchantReference).ShouldBe(["PAY-000007"]);
    }

    [Fact]
    public async Task Should_read_amounts_typed_in_major_units_exactly()
    {
        await _db.TakeInAsync(Valid(1) with { AmountMinor = null, AmountText = "1,234.5" }, Valid(2) with { AmountMinor = null, AmountText = "0.01" });

        (await _db.ListAsync<PayrollItem>()).OrderBy(i => i.MerchantReference).Select(i => i.AmountMinor).ShouldBe([1_234_50L, 1L]);
    }

    [Fact]
    public async Task Should_let_a_later_intake_fix_an_invalid_item_but_never_change_a_valid_one()
    {
        await _db.TakeInAsync(Valid(1) with { BankCode = "NOBANK" });
        var invalid = (await _db.ListAsync<PayrollItem>()).ShouldHaveSingleItem();
        invalid.IsValid.ShouldBeFalse();
        invalid.ValidationErrors.ShouldBe(PayrollErrorCodes.UnknownBankCode);

        var (fixing, outcomes) = await _db.TakeInAsync(Valid(1));

        (fixing.ReplacedCount, fixing.InvalidCount).ShouldBe((1, 0));
        outcomes.Single().Kind.ShouldBe(PayrollItemOutcomeKind.Replaced);
        var fixedItem = (await _db.ListAsync<PayrollItem>()).ShouldHaveSingleItem();
        (fixedItem.IsValid, fixedItem.BankCode, fixedItem.IntakeId).ShouldBe((true, "ICBC", fixing.Id));

        var (breaking, _) = await _db.TakeInAsync(Valid(1) with { BankCode = "NOBANK" });
        breaking.ConflictCount.ShouldBe(1);
        (await _db.ListAsync<PayrollItem>()).ShouldHaveSingleItem().IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_pay_a_reference_met_twice_in_one_intake_at_most_once()
    {
        var (intake, outcomes) = await _db.TakeInAsync(Stream(
            Enumerable.Range(1, 1500).Select(n => Valid(n)).Append(Valid(3, line: 1501)).Append(Valid(1200, line: 1502))));

        (intake.ReadCount, intake.CreatedCount, intake.ConflictCount).ShouldBe((1502, 1500, 2));
        outcomes.Where(o => o.Kind == PayrollItemOutcomeKind.Conflict).Select(o => o.Line).Order().ShouldBe([1501L, 1502L]);
        outcomes.Where(o => o.Kind == PayrollItemOutcomeKind.Conflict).ShouldAllBe(o => o.Errors.Contains(PayrollErrorCodes.DuplicateReferenceInIntake));
        (await _db.ListAsync<PayrollItem>()).Count.ShouldBe(1500);
    }

    [Fact]
    public async Task Should_treat_a_reference_already_paid_through_the_payouts_api_like_an_item()
    {
        var card = TestCardNumbers.Valid(5);
        await _db.InTenantAsync(services => services.GetRequiredService<PayoutOrderManager>().CreateAsync(
            [new PayoutLineRequest("PAY-000005", new Money(100_00, "CNY"), new PayeeDetails(card, "Payee 5", PayeeAccountType.BankCard, "ICBC"), "Salary")],
            "api", CancellationToken.None));

        var (intake, outcomes) = await _db.TakeInAsync(Valid(5), Valid(5, 100_02, line: 2) with { MerchantReference = "PAY-000005" });

        (intake.UnchangedCount, intake.ConflictCount, intake.CreatedCount).ShouldBe((1, 1, 0));
        outcomes.Single(o => o.Line == 5).Kind.ShouldBe(PayrollItemOutcomeKind.Unchanged);
        (await _db.ListAsync<PayrollItem>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_stop_between_batches_when_cancelled_and_keep_what_was_written()
    {
        var intake = await _db.StartAsync(cancelRequested: true);

        var (ended, _) = await _db.TakeInAsync(Stream(Enumerable.Range(1, 2500).Select(n => Valid(n))), intake);

        ended.Status.ShouldBe(PayrollIntakeStatus.Cancelled);
        ended.ReadCount.ShouldBe(PayrollConsts.WriteBatchSize);
        (await _db.ListAsync<PayrollItem>()).Count.ShouldBe(PayrollConsts.WriteBatchSize);
    }

    [Fact]
    public async Task Should_end_failed_with_the_source_message_and_keep_the_batches_before()
    {
        var (intake, _) = await _db.TakeInAsync(Failing(after: 1200));

        intake.Status.ShouldBe(PayrollIntakeStatus.Failed);
        intake.Failure.ShouldBe("The merchant's server answered 502.");
        (await _db.ListAsync<PayrollItem>()).Count.ShouldBe(PayrollConsts.WriteBatchSize);

        var (again, _) = await _db.TakeInAsync(Stream(Enumerable.Range(1, 1300).Select(n => Valid(n))));
        (again.UnchangedCount, again.CreatedCount).ShouldBe((1000, 300));
    }

    [Fact]
    public async Task Should_give_each_reference_one_item_when_two_intakes_race()
    {
        var items = Enumerable.Range(1, 3000).Select(n => Valid(n)).ToList();

        var results = await Task.WhenAll(
            Task.Run(() => _db.TakeInAsync(Stream(items))),
            Task.Run(() => _db.TakeInAsync(Stream(Enumerable.Reverse(items)))));

        results.Sum(r => r.Intake.CreatedCount).ShouldBe(3000);
        results.Sum(r => r.Intake.UnchangedCount).ShouldBe(3000);
        results.ShouldAllBe(r => r.Intake.Status == PayrollIntakeStatus.Completed);
        (await _db.ListAsync<PayrollItem>()).Count.ShouldBe(3000);
    }

    private static async IAsyncEnumerable<PayrollItemInput> Failing(int after)
    {
        for (var n = 1; n <= after; n++)
        {
            await Task.Yield();
            yield return Valid(n);
        }

        throw new PayrollSourceException("The merchant's server answered 502.");
    }
}
