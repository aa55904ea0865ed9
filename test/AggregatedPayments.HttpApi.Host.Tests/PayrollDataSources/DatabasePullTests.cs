using AggregatedPayments.Hosting;
using AggregatedPayments.Payroll;
using AggregatedPayments.Payroll.DataSources;
using Shouldly;
using Xunit;

namespace AggregatedPayments.PayrollDataSources;

/// <summary>
/// A merchant pulls from a view of its own MariaDB database, over TLS with a read-only account, whichever
/// engine the platform itself runs on. The test host allows the target "localhost", as an administrator would.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class DatabasePullTests(AggregatedPaymentsWebFactory factory) : PayrollDataSourceTestBase(factory)
{
    [Fact]
    public async Task Should_take_in_100_rows_of_the_merchants_view_and_nothing_new_on_a_second_pull()
    {
        await using var database = await MerchantSourceDatabase.CreateAsync(100);
        var (merchant, _) = await CreateSigningMerchantAsync();
        var created = await DataSources(merchant).CreateAsync(new CreatePayrollDataSourceDto
        {
            Kind = PayrollDataSourceKind.Database,
            Name = "HR database",
            Database = new PayrollDatabaseSourceInputDto
            {
                Host = "localhost",
                Port = MerchantSourceDatabase.Port,
                Database = database.Name,
                User = MerchantSourceDatabase.ReaderUser,
                Password = MerchantSourceDatabase.ReaderPassword,
                RequireTls = true,
                ViewName = MerchantSourceDatabase.View
            }
        });

        // An edit that leaves the password empty keeps it: the pulls below still sign in.
        var source = await DataSources(merchant).UpdateAsync(created.Id, new UpdatePayrollDataSourceDto
        {
            Name = "HR", Version = created.Version,
            Database = new PayrollDatabaseSourceInputDto
            {
                Host = "localhost", Port = MerchantSourceDatabase.Port, Database = database.Name, User = MerchantSourceDatabase.ReaderUser,
                RequireTls = true, ViewName = MerchantSourceDatabase.View
            }
        });
        var test = await DataSources(merchant).TestAsync(source.Id);
        var first = await PullAsync(merchant, source.Id);
        var second = await PullAsync(merchant, source.Id);

        test.Succeeded.ShouldBeTrue(test.Message);
        first.Status.ShouldBe(PayrollIntakeStatus.Completed, first.Failure);
        first.Source.ShouldBe(PayrollItemSource.DatabasePull);
        (first.ReadCount, first.CreatedCount, first.InvalidCount).ShouldBe((100L, 100L, 0L));
        (second.Status, second.CreatedCount, second.UnchangedCount).ShouldBe((PayrollIntakeStatus.Completed, 0L, 100L));
    }
}
