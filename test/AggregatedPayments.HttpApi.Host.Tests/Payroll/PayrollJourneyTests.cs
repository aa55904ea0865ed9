using AggregatedPayments.Hosting;
using AggregatedPayments.Merchants;
using AggregatedPayments.Payouts;
using AggregatedPayments.Payroll.DataSources;
using AggregatedPayments.PayrollDataSources;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payroll;

/// <summary>
/// A finance clerk's whole intake, through the API as the portal would: pull from the merchant's HTTP source
/// and its database view, upload a payroll workbook with mistakes in it, submit everything aggregated, and
/// see every line end as the sandbox decided; taking the same sources in again changes nothing.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class PayrollJourneyTests(AggregatedPaymentsWebFactory factory) : PayrollSelectionTestBase(factory)
{
    private static readonly HashSet<long> InvalidLines = [12, 150, 333, 480, 612, 777, 901];

    [Fact]
    public async Task Should_take_in_pull_upload_and_api_lines_aggregate_them_and_settle_each_as_the_sandbox_decided()
    {
        var m = await CreatePayrollMerchantAsync(balance: 100_000_000_00);
        var credential = await new MyMerchantClientProxy(m.Admin).RotateApiCredentialAsync();

        // Thirty payees paid several times each over the HTTP source: aggregation has something to merge.
        await using var http = await PayrollSourceServer.StartAsync(100, n => TestPayrollItems.Valid(5000 + n % 30, 200_00 + n, reference: $"HTTP-{n:D4}", line: n));
        http.Trust(credential.KeyId, credential.Secret);
        await using var database = await MerchantSourceDatabase.CreateAsync(100);
        var sources = new PayrollDataSourceClientProxy(m.Admin);
        var httpSource = await sources.CreateAsync(new CreatePayrollDataSourceDto
        {
            Kind = PayrollDataSourceKind.Http, Name = "HR system", Http = new PayrollHttpSourceInputDto { Url = http.Url, PageSize = 40 }
        });
        var dbSource = await sources.CreateAsync(new CreatePayrollDataSourceDto
        {
            Kind = PayrollDataSourceKind.Database,
            Name = "HR database",
            Database = new PayrollDatabaseSourceInputDto
            {
                Host = "localhost", Port = MerchantSourceDatabase.Port, Database = database.Name, User = MerchantSourceDatabase.ReaderUser,
                Password = MerchantSourceDatabase.ReaderPassword, RequireTls = true, ViewName = MerchantSourceDatabase.View
            }
        });
        var workbook = PayrollFiles.Xlsx(WorkbookLines());

        var pulledHttp = await PullAsync(m, httpSource.Id);
        var pulledDb = await PullAsync(m, dbSource.Id);
        var uploaded = await new PayrollUploadClientProxy(m.Admin).UploadAsync(new PayrollUploadFile("payroll.xlsx", new MemoryStream(workbook)));

        (pulledHttp.Status, pulledHttp.CreatedCount).ShouldBe((PayrollIntakeStatus.Completed, 100L), pulledHttp.Failure);
        (pulledDb.Status, pulledDb.CreatedCount).ShouldBe((PayrollIntakeStatus.Completed, 100L), pulledDb.Failure);
        (uploaded.Status, uploaded.CreatedCount, uploaded.InvalidCount).ShouldBe((PayrollIntakeStatus.Completed, 993L, 7L), uploaded.Failure);
        var errors = await new PayrollIntakeClientProxy(m.Admin).GetErrorsAsync(uploaded.Id, new GetPayrollIntakeErrorListInput());
        errors.Items.Select(e => e.Line).ShouldBe(InvalidLines.Select(l => l + 1).Order());
        errors.Items.ShouldAllBe(e => e.Errors.Count > 0);

        // The same sources again create nothing new; the same file is refused outright.
        (await PullAsync(m, httpSource.Id)).UnchangedCount.ShouldBe(100);
        (await PullAsync(m, dbSource.Id)).UnchangedCount.ShouldBe(100);
        await Should.ThrowAsync<Http.RemoteServiceException>(() =>
            new PayrollUploadClientProxy(m.Admin).UploadAsync(new PayrollUploadFile("again.xlsx", new MemoryStream(workbook))));
        var pending = await AllItemsAsync(m, f => f.IsValid = true);
        pending.Count.ShouldBe(1193);

        var submission = await Submissions(m).CreateAsync(new CreatePayrollSubmissionDto
        {
            Selection = new PayrollSelectionDto { AllPending = true }, Aggregate = true, MerchantChannelId = m.MerchantChannelId
        });
        var orders = await SettleAsync(m);

        (await Submissions(m).GetAsync(submission.Id)).Status.ShouldBe(PayrollSubmissionStatus.Completed);
        var items = await AllItemsAsync(m, f => f.IsValid = true);
        items.ShouldAllBe(i => i.Status == PayrollItemStatus.Submitted && i.OrderId != null);
        orders.Count.ShouldBeLessThan(1193, "payees paid several times are merged into aggregated orders");
        orders.Count(o => o.Kind == PayoutKind.Aggregated).ShouldBeGreaterThan(0);
        orders.Sum(o => o.MerchantReferences.Count).ShouldBe(1193);
        foreach (var order in orders)
        {
            // The sandbox refuses an amount ending in 13 (see PayoutHostTestBase) and pays every other.
            var expected = order.AmountMinor % 100 == int.Parse(FailingEnding, System.Globalization.CultureInfo.InvariantCulture) ? PayoutState.Failed : PayoutState.Succeeded;
            order.State.ShouldBe(expected, $"order {order.Id} of {order.AmountMinor}");
        }

        orders.ShouldContain(o => o.State == PayoutState.Failed);
        var byOrder = orders.ToDictionary(o => o.Id);
        items.ShouldAllBe(i => byOrder[i.OrderId!.Value].MerchantReferences.Contains(i.MerchantReference));
        await LedgerInvariantsHoldAsync();
    }

    private async Task<PayrollIntakeDto> PullAsync(PayoutMerchant m, Guid sourceId)
    {
        var started = await new PayrollDataSourceClientProxy(m.Admin).PullAsync(sourceId);
        await RunJobsAsync();
        return await new PayrollIntakeClientProxy(m.Admin).GetAsync(started.Id);
    }

    // Runs the submission, the sends and the queries until every order is final, moving the clock past query delays.
    private async Task<List<PayoutOrderDto>> SettleAsync(PayoutMerchant m)
    {
        for (var round = 0; round < 60; round++)
        {
            if (await RunJobsAsync() == 0)
            {
                var orders = await AllOrdersAsync(m);
                if (orders.Count > 0 && orders.All(o => PayoutStateMachine.IsFinal(o.State)))
                {
                    return orders;
                }

                Factory.Clock.Advance(TimeSpan.FromMinutes(1));
            }
        }

        throw new ShouldAssertException("The orders did not all reach a final state.");
    }

    // 1,000 lines; 7 of them wrong in seven different ways; payees repeat every 97 lines.
    private static IEnumerable<PayrollItemInput> WorkbookLines()
    {
        for (var n = 1; n <= 1000; n++)
        {
            var line = TestPayrollItems.Valid(9000 + n % 97, 300_00 + n, reference: $"XL-{n:D4}", line: n);
            yield return n switch
            {
                12 => line with { MerchantReference = null },
                150 => line with { AccountNumber = TestCardNumbers.WrongCheckDigit(9000 + n % 97) },
                333 => line with { BankCode = "NOBANK" },
                480 => line with { AmountMinor = 0 },
                612 => line with { Currency = "XYZ" },
                777 => line with { PayeeName = "" },
                901 => line with { AccountType = "Cheque" },
                _ => line
            };
        }
    }
}
