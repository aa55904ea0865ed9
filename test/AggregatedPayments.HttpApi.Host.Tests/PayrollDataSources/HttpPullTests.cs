using AggregatedPayments.Hosting;
using AggregatedPayments.Payroll;
using AggregatedPayments.Payroll.DataSources;
using Shouldly;
using Xunit;

namespace AggregatedPayments.PayrollDataSources;

/// <summary>A merchant pulls its pending payouts from its own server over the documented HTTP contract.</summary>
[Collection(HostCollection.Name)]
public sealed class HttpPullTests(AggregatedPaymentsWebFactory factory) : PayrollDataSourceTestBase(factory)
{
    [Fact]
    public async Task Should_take_in_100_items_over_signed_pages_and_record_the_pull()
    {
        await using var server = await PayrollSourceServer.StartAsync(100);
        var merchant = await CreateMerchantTrustedByAsync(server);
        var source = await CreateHttpSourceAsync(merchant, server.Url, pageSize: 30);

        var intake = await PullAsync(merchant, source.Id);

        intake.Status.ShouldBe(PayrollIntakeStatus.Completed, intake.Failure);
        intake.Source.ShouldBe(PayrollItemSource.HttpPull);
        intake.DataSourceId.ShouldBe(source.Id);
        intake.RequestedBy.ShouldBe("admin");
        intake.EndTime.ShouldNotBeNull();
        (intake.ReadCount, intake.CreatedCount, intake.InvalidCount, intake.ConflictCount).ShouldBe((100L, 100L, 0L, 0L));
        server.BadSignatures.ShouldBe(0);
        server.Requests.ShouldBe([
            $"{PayrollSourceServer.Path}?limit=30",
            $"{PayrollSourceServer.Path}?limit=30&cursor=30",
            $"{PayrollSourceServer.Path}?limit=30&cursor=60",
            $"{PayrollSourceServer.Path}?limit=30&cursor=90"
        ]);
        var pulled = await DataSources(merchant).GetAsync(source.Id);
        pulled.LastPullIntakeId.ShouldBe(intake.Id);
    }

    [Fact]
    public async Task Should_create_nothing_new_when_the_same_source_is_pulled_again()
    {
        await using var server = await PayrollSourceServer.StartAsync(100);
        var merchant = await CreateMerchantTrustedByAsync(server);
        var source = await CreateHttpSourceAsync(merchant, server.Url, pageSize: 40);
        await PullAsync(merchant, source.Id);

        var again = await PullAsync(merchant, source.Id);

        again.Status.ShouldBe(PayrollIntakeStatus.Completed, again.Failure);
        (again.ReadCount, again.CreatedCount, again.UnchangedCount, again.ReplacedCount).ShouldBe((100L, 0L, 100L, 0L));
    }

    [Fact]
    public async Task Should_report_each_invalid_item_in_the_intake_errors_and_take_in_the_rest()
    {
        await using var server = await PayrollSourceServer.StartAsync(50, n => n switch
        {
            7 => TestPayrollItems.Valid(n) with { AccountNumber = TestCardNumbers.WrongCheckDigit(n) },
            19 => TestPayrollItems.Valid(n) with { BankCode = "NOSUCHBANK" },
            33 => TestPayrollItems.Valid(n) with { AmountMinor = null, Currency = null },
            _ => TestPayrollItems.Valid(n)
        });
        var merchant = await CreateMerchantTrustedByAsync(server);
        var source = await CreateHttpSourceAsync(merchant, server.Url, pageSize: 20);

        var intake = await PullAsync(merchant, source.Id);

        intake.Status.ShouldBe(PayrollIntakeStatus.Completed, intake.Failure);
        (intake.ReadCount, intake.CreatedCount, intake.InvalidCount).ShouldBe((50L, 47L, 3L));
        var errors = await Intakes(merchant).GetErrorsAsync(intake.Id, new GetPayrollIntakeErrorListInput());
        errors.Items.Select(e => (e.Line, e.MerchantReference, string.Join(",", e.Errors.Select(x => x.Code)))).ShouldBe([
            (7L, "PAY-000007", PayrollErrorCodes.AccountNumberCheckFailed),
            (19L, "PAY-000019", PayrollErrorCodes.UnknownBankCode),
            (33L, "PAY-000033", $"{PayrollErrorCodes.MissingCurrency},{PayrollErrorCodes.MissingAmount}")
        ]);
        errors.Items.ShouldAllBe(e => e.Errors.All(x => x.Message.Length > 0 && x.Message != x.Code));
    }

    [Fact]
    public async Task Should_report_an_amount_that_is_not_whole_minor_units_on_its_line_never_rounded()
    {
        // The second page, as a source that writes amounts in yuan or as words would send it.
        await using var server = await PayrollSourceServer.StartAsync(4, faults: new PayrollSourceFaults(SecondPageBody: $$"""
            { "items": [
                { {{Fields(3)}}, "amountMinor": 12.5 },
                { {{Fields(4)}}, "amountMinor": "twelve" },
                { {{Fields(5)}}, "amountMinor": "1250" } ],
              "nextCursor": null }
            """));
        var merchant = await CreateMerchantTrustedByAsync(server);
        var source = await CreateHttpSourceAsync(merchant, server.Url, pageSize: 2);

        var intake = await PullAsync(merchant, source.Id);

        intake.Status.ShouldBe(PayrollIntakeStatus.Completed, intake.Failure);
        (intake.ReadCount, intake.CreatedCount, intake.InvalidCount).ShouldBe((5L, 3L, 2L));
        var errors = await Intakes(merchant).GetErrorsAsync(intake.Id, new GetPayrollIntakeErrorListInput());
        errors.Items.Select(e => (e.Line, string.Join(",", e.Errors.Select(x => x.Code)))).ShouldBe([
            (3L, PayrollErrorCodes.InvalidAmount),
            (4L, PayrollErrorCodes.InvalidAmount)
        ]);
    }

    [Fact]
    public async Task Should_end_the_pull_failed_with_a_clear_message_when_the_source_fails_midway_and_keep_the_earlier_batches()
    {
        // Two pages of 500 make the first batch of 1000; the third page is read, the fourth fails.
        await using var server = await PayrollSourceServer.StartAsync(3000, faults: new PayrollSourceFaults(FailFromPage: 4));
        var merchant = await CreateMerchantTrustedByAsync(server);
        var source = await CreateHttpSourceAsync(merchant, server.Url, pageSize: 500);

        var intake = await PullAsync(merchant, source.Id);

        intake.Status.ShouldBe(PayrollIntakeStatus.Failed);
        intake.Failure.ShouldBe("The source answered page 4 with HTTP 500 Internal Server Error: it must answer 200 with the page.");
        (intake.CreatedCount, intake.ReadCount).ShouldBe((1000L, 1000L));
        var again = await PullAsync(merchant, source.Id);
        (again.Status, again.UnchangedCount, again.CreatedCount).ShouldBe((PayrollIntakeStatus.Failed, 1000L, 0L), "a failed pull blocks no next one, which finds the first batch taken in");
    }

    [Theory]
    [InlineData("loop", "Page 2 names a next cursor the source gave before: its pages go round in a loop.")]
    [InlineData("malformed", "Page 2 does not keep the contract at $.items[0].payeeName: A text field holds a JSON string.")]
    [InlineData("no-items", "Page 2 has no \"items\" array")]
    [InlineData("oversized", "Page 2 is too large: The answer from 'localhost' is larger than the 8388608 bytes allowed. Ask for fewer items per page.")]
    public async Task Should_fail_the_pull_with_a_clear_message_when_a_page_breaks_the_contract(string fault, string failure)
    {
        var faults = fault switch
        {
            "loop" => new PayrollSourceFaults(LoopCursor: true),
            "malformed" => new PayrollSourceFaults(SecondPageBody: """{ "items": [ { "merchantReference": "PAY-X", "payeeName": { "family": "Zhang" } } ], "nextCursor": null }"""),
            "no-items" => new PayrollSourceFaults(SecondPageBody: """{ "data": [], "nextCursor": null }"""),
            _ => new PayrollSourceFaults(SecondPageBody: """{ "items": [], "nextCursor": null, "padding": " """ + new string(' ', 9 * 1024 * 1024) + "\" }")
        };
        await using var server = await PayrollSourceServer.StartAsync(100, faults: faults);
        var merchant = await CreateMerchantTrustedByAsync(server);
        var source = await CreateHttpSourceAsync(merchant, server.Url, pageSize: 10);

        var intake = await PullAsync(merchant, source.Id);

        intake.Status.ShouldBe(PayrollIntakeStatus.Failed);
        intake.Failure.ShouldStartWith(failure);
        intake.CreatedCount.ShouldBe(0, "the first page's items wait for their batch, which the failure ends");
    }

    private static string Fields(long number)
    {
        var item = TestPayrollItems.Valid(number);
        return $"\"merchantReference\": \"{item.MerchantReference}\", \"payeeName\": \"{item.PayeeName}\", \"accountNumber\": \"{item.AccountNumber}\", "
               + $"\"bankCode\": \"{item.BankCode}\", \"currency\": \"{item.Currency}\"";
    }
}
