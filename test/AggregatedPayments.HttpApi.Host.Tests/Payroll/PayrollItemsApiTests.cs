using System.Net;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payroll;

/// <summary>A merchant's system sends pending payouts through the API: each answered, repeats harmless, intakes visible only to their merchant.</summary>
[Collection(HostCollection.Name)]
public sealed class PayrollItemsApiTests(AggregatedPaymentsWebFactory factory) : HostTestBase(factory)
{
    [Fact]
    public async Task Should_answer_each_item_and_create_nothing_new_when_the_same_items_come_again()
    {
        var merchant = await CreateMerchantAsync();
        var intakes = new PayrollIntakeClientProxy(merchant.Admin);
        CreatePayrollItemsDto request = new() { Items = [Item(1), Item(2), Item(3, bankCode: "NOBANK")] };

        var first = await intakes.CreateItemsAsync(request);
        var again = await intakes.CreateItemsAsync(request);

        first.Items.Select(i => i.Kind).ShouldBe([PayrollItemOutcomeKind.Created, PayrollItemOutcomeKind.Created, PayrollItemOutcomeKind.Invalid]);
        var invalid = first.Items[2].Errors.ShouldHaveSingleItem();
        invalid.Code.ShouldBe(PayrollErrorCodes.UnknownBankCode);
        invalid.Message.ShouldBe("The bank code is not in the Banks dictionary.");
        (first.Intake.Status, first.Intake.CreatedCount, first.Intake.InvalidCount).ShouldBe((PayrollIntakeStatus.Completed, 2L, 1L));
        again.Items.Take(2).ShouldAllBe(i => i.Kind == PayrollItemOutcomeKind.Unchanged);
        again.Intake.CreatedCount.ShouldBe(0);
        var errors = await intakes.GetErrorsAsync(first.Intake.Id, new GetPayrollIntakeErrorListInput());
        errors.Items.ShouldHaveSingleItem().Line.ShouldBe(3);
        (await intakes.GetListAsync(new GetPayrollIntakeListInput { Source = PayrollItemSource.Api })).TotalCount.ShouldBe(2);
    }

    [Fact]
    public async Task Should_answer_in_the_callers_language()
    {
        var merchant = await CreateMerchantAsync();
        var chinese = await LoginAsync(merchant.Code, Identity.IdentityConsts.AdminUserName, merchant.AdminPassword);
        chinese.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var answer = await new PayrollIntakeClientProxy(chinese).CreateItemsAsync(new CreatePayrollItemsDto { Items = [Item(1, bankCode: "NOBANK")] });

        answer.Items.ShouldHaveSingleItem().Errors.ShouldHaveSingleItem().Message.ShouldBe("银行编码不在银行字典中。");
    }

    [Fact]
    public async Task Should_refuse_an_empty_or_oversized_request_as_a_whole()
    {
        var intakes = new PayrollIntakeClientProxy((await CreateMerchantAsync()).Admin);

        (await Should.ThrowAsync<RemoteServiceException>(() => intakes.CreateItemsAsync(new CreatePayrollItemsDto { Items = [] }))).Code.ShouldBe(PayrollErrorCodes.NoItems);
        var tooMany = new CreatePayrollItemsDto { Items = Enumerable.Range(1, PayrollConsts.MaxItemsPerRequest + 1).Select(n => Item(n)).ToList() };
        (await Should.ThrowAsync<RemoteServiceException>(() => intakes.CreateItemsAsync(tooMany))).Code.ShouldBe(PayrollErrorCodes.TooManyItems);
        (await intakes.GetListAsync(new GetPayrollIntakeListInput())).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_not_show_one_merchants_intake_to_another()
    {
        var a = await CreateMerchantAsync();
        var b = await CreateMerchantAsync();
        var intake = (await new PayrollIntakeClientProxy(a.Admin).CreateItemsAsync(new CreatePayrollItemsDto { Items = [Item(1)] })).Intake;

        (await b.Admin.GetAsync($"api/payroll/intakes/{intake.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Admin.PostAsync($"api/payroll/intakes/{intake.Id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // B may use the same reference for its own payee: references are unique per merchant.
        (await new PayrollIntakeClientProxy(b.Admin).CreateItemsAsync(new CreatePayrollItemsDto { Items = [Item(1)] })).Items.Single().Kind.ShouldBe(PayrollItemOutcomeKind.Created);
    }

    [Fact]
    public async Task Should_refuse_to_cancel_an_intake_that_has_ended()
    {
        var intakes = new PayrollIntakeClientProxy((await CreateMerchantAsync()).Admin);
        var intake = (await intakes.CreateItemsAsync(new CreatePayrollItemsDto { Items = [Item(1)] })).Intake;

        (await Should.ThrowAsync<RemoteServiceException>(() => intakes.CancelAsync(intake.Id))).Code.ShouldBe(PayrollErrorCodes.IntakeNotRunning);
    }

    private static PayrollItemInputDto Item(long number, string bankCode = "ICBC") => new()
    {
        MerchantReference = $"API-{number:D5}",
        PayeeName = $"Payee {number}",
        AccountNumber = TestCardNumbers.Valid(number),
        BankCode = bankCode,
        AmountMinor = 100_00 + number,
        Currency = "CNY",
        Purpose = "Bonus"
    };
}
