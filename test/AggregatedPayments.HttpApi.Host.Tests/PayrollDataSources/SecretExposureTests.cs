using System.Text.Json;
using AggregatedPayments.AuditLogging;
using AggregatedPayments.Hosting;
using AggregatedPayments.Payroll;
using AggregatedPayments.Payroll.DataSources;
using Shouldly;
using Xunit;

namespace AggregatedPayments.PayrollDataSources;

/// <summary>
/// A database password and the merchant's signing secret go in once and never come out: not in an answer of
/// the data-source or intake API, not in an audit row, not in a log line at any level, whatever fails.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class SecretExposureTests(AggregatedPaymentsWebFactory factory) : PayrollDataSourceTestBase(factory)
{
    [Fact]
    public async Task Should_never_show_a_database_password_or_the_signing_secret_in_answers_audit_rows_or_logs()
    {
        var password = "pw-" + Guid.NewGuid().ToString("N");
        await using var server = await PayrollSourceServer.StartAsync(30, faults: new PayrollSourceFaults(FailFromPage: 2));
        var (merchant, credential) = await CreateSigningMerchantAsync();
        server.Trust(credential.KeyId, credential.Secret);
        var dataSources = DataSources(merchant);
        var answers = new List<string>();

        var database = await dataSources.CreateAsync(DataSourceManagementTests.DatabaseSource("HR database", "localhost", password));
        var http = await CreateHttpSourceAsync(merchant, server.Url, pageSize: 10);
        answers.Add(Json(database));
        answers.Add(Json(await dataSources.UpdateAsync(database.Id, new UpdatePayrollDataSourceDto
        {
            Name = "HR", Version = database.Version,
            Database = new PayrollDatabaseSourceInputDto { Host = "localhost", Database = "hr", User = "payroll_reader", Password = password, ViewName = "ap_payroll_pending" }
        })));
        answers.Add(Json(await dataSources.TestAsync(database.Id)));
        answers.Add(Json(await dataSources.TestAsync(http.Id)));
        answers.Add(Json(await PullAsync(merchant, database.Id)));
        answers.Add(Json(await PullAsync(merchant, http.Id)));
        answers.Add(Json(await dataSources.GetListAsync(new GetPayrollDataSourceListInput())));
        answers.Add(Json(await Intakes(merchant).GetListAsync(new GetPayrollIntakeListInput())));
        answers.Add(Json(await new AuditLogClientProxy(await HostAdminAsync()).GetListAsync(new GetAuditLogListInput { TenantId = merchant.Id, MaxResultCount = 200 })));

        // Line by line: the shared host's log holds every test's lines, far too many to join into one string.
        var leaks = answers.Concat(Factory.Logs.Lines).Where(text => text.Contains(password, StringComparison.Ordinal) || text.Contains(credential.Secret, StringComparison.Ordinal));
        leaks.ShouldBeEmpty();
        answers.ShouldContain(a => a.Contains("\"IsPasswordSet\":true"));
        answers.ShouldContain(a => a.Contains("DatabasePasswordCiphertext"), "the audit row records that the password changed, not its value");
        Factory.Logs.Lines.ShouldContain(l => l.Contains("Executed DbCommand"), "the scan must see the host's own log lines");
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
