using System.Net;
using AggregatedPayments.Certificates;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using AggregatedPayments.Payroll;
using AggregatedPayments.Payroll.DataSources;
using Shouldly;
using Xunit;

namespace AggregatedPayments.PayrollDataSources;

/// <summary>A merchant keeps its data sources: checked fields, unique names, a password that is kept but never shown, its own rights.</summary>
[Collection(HostCollection.Name)]
public sealed class DataSourceManagementTests(AggregatedPaymentsWebFactory factory) : PayrollDataSourceTestBase(factory)
{
    [Fact]
    public async Task Should_keep_a_database_password_encrypted_never_show_it_and_keep_it_when_an_edit_leaves_it_empty()
    {
        var (merchant, _) = await CreateSigningMerchantAsync();
        var created = await DataSources(merchant).CreateAsync(DatabaseSource("HR database", "db.merchant.example", "s3cret-pw"));

        var edited = await DataSources(merchant).UpdateAsync(created.Id, Edit(created, "HR", "db.merchant.example", password: null));

        created.Database!.IsPasswordSet.ShouldBeTrue();
        edited.Name.ShouldBe("HR");
        edited.Database.ShouldBe(created.Database, "the edit changed the name only; the password is still set");
        edited.Version.ShouldBe(created.Version + 1);
    }

    [Fact]
    public async Task Should_ask_for_the_password_again_before_sending_it_to_another_server()
    {
        var (merchant, _) = await CreateSigningMerchantAsync();
        var created = await DataSources(merchant).CreateAsync(DatabaseSource("HR database", "db.merchant.example", "s3cret-pw"));

        var moved = await Should.ThrowAsync<RemoteServiceException>(() =>
            DataSources(merchant).UpdateAsync(created.Id, Edit(created, "HR database", "elsewhere.example", password: null)));
        var movedWithPassword = await DataSources(merchant).UpdateAsync(created.Id, Edit(created, "HR database", "elsewhere.example", password: "new-pw"));

        moved.Error.Code.ShouldBe(ErrorCodes.ValidationFailed);
        moved.Error.ValidationErrors!.Single().Members.ShouldBe(["Database.Password"]);
        movedWithPassword.Database!.Host.ShouldBe("elsewhere.example");
    }

    [Fact]
    public async Task Should_ask_for_the_password_again_before_trusting_another_ca_or_none()
    {
        using var merchantCa = new TestCertificateAuthority("Merchant CA");
        using var otherCa = new TestCertificateAuthority("Another CA");
        var (merchant, _) = await CreateSigningMerchantAsync();
        var plain = await DataSources(merchant).CreateAsync(DatabaseSource("HR database", "db.merchant.example", "s3cret-pw"));

        // Verifying the server where nothing was verified only narrows who gets the password: no need to give it again.
        var verified = await DataSources(merchant).UpdateAsync(plain.Id, Edit(plain, "HR database", "db.merchant.example", password: null, merchantCa.CertificatePem));
        var renamed = await DataSources(merchant).UpdateAsync(verified.Id, Edit(verified, "HR", "db.merchant.example", password: null));
        var otherTrust = await Should.ThrowAsync<RemoteServiceException>(() =>
            DataSources(merchant).UpdateAsync(renamed.Id, Edit(renamed, "HR", "db.merchant.example", password: null, otherCa.CertificatePem)));
        var noTrust = await Should.ThrowAsync<RemoteServiceException>(() =>
            DataSources(merchant).UpdateAsync(renamed.Id, Edit(renamed, "HR", "db.merchant.example", password: null, caPem: null)));

        verified.Database!.TlsCaCertificatePem.ShouldBe(merchantCa.CertificatePem);
        verified.Database.IsPasswordSet.ShouldBeTrue();
        renamed.Database!.TlsCaCertificatePem.ShouldBe(merchantCa.CertificatePem);
        otherTrust.Error.ValidationErrors!.Single().Members.ShouldBe(["Database.Password"]);
        noTrust.Error.ValidationErrors!.Single().Members.ShouldBe(["Database.Password"]);
        (await DataSources(merchant).GetAsync(plain.Id)).Database!.TlsCaCertificatePem.ShouldBe(merchantCa.CertificatePem);
    }

    [Fact]
    public async Task Should_refuse_a_second_source_with_the_same_name_and_fields_out_of_range()
    {
        var (merchant, _) = await CreateSigningMerchantAsync();
        await CreateHttpSourceAsync(merchant, "https://payroll.merchant.example/a", name: "Payroll");

        var sameName = await Should.ThrowAsync<RemoteServiceException>(() => CreateHttpSourceAsync(merchant, "https://payroll.merchant.example/b", name: "Payroll"));
        var pageTooLarge = await Should.ThrowAsync<RemoteServiceException>(() => CreateHttpSourceAsync(merchant, "https://payroll.merchant.example/c", pageSize: 1001, name: "Big"));
        var socketHost = await Should.ThrowAsync<RemoteServiceException>(() => DataSources(merchant).CreateAsync(DatabaseSource("Socket", "/var/run/mysqld/mysqld.sock", "pw")));

        (sameName.StatusCode, sameName.Error.Code).ShouldBe((HttpStatusCode.Conflict, PayrollDataSourcesErrorCodes.NameInUse));
        sameName.Error.Message!.ShouldContain("'Payroll'");
        pageTooLarge.Error.ValidationErrors!.Single().Members.ShouldBe(["Http.PageSize"]);
        socketHost.Error.ValidationErrors!.Single().Members.ShouldBe(["Host"]);
    }

    [Fact]
    public async Task Should_let_a_viewer_read_sources_but_neither_change_nor_pull_them()
    {
        var (merchant, _) = await CreateSigningMerchantAsync();
        var source = await CreateHttpSourceAsync(merchant, "https://payroll.merchant.example/pending");
        await CreateUserWithPermissionsAsync(merchant.Admin, "viewer", PayrollPermissions.View);
        var viewer = new PayrollDataSourceClientProxy(await LoginAsync(merchant.Code, "viewer", DefaultPassword));

        var list = await viewer.GetListAsync(new GetPayrollDataSourceListInput());
        var create = await Should.ThrowAsync<RemoteServiceException>(() => viewer.CreateAsync(new CreatePayrollDataSourceDto { Name = "x", Http = new() { Url = "https://a.example/" } }));
        var pull = await Should.ThrowAsync<RemoteServiceException>(() => viewer.PullAsync(source.Id));

        list.Items.Select(s => s.Id).ShouldBe([source.Id]);
        create.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        pull.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_hide_a_merchants_sources_from_another_merchant()
    {
        var (owner, _) = await CreateSigningMerchantAsync();
        var (other, _) = await CreateSigningMerchantAsync();
        var source = await CreateHttpSourceAsync(owner, "https://payroll.merchant.example/pending");

        var read = await Should.ThrowAsync<RemoteServiceException>(() => DataSources(other).GetAsync(source.Id));
        var pull = await Should.ThrowAsync<RemoteServiceException>(() => DataSources(other).PullAsync(source.Id));

        read.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        pull.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await DataSources(other).GetListAsync(new GetPayrollDataSourceListInput())).TotalCount.ShouldBe(0);
    }

    internal static CreatePayrollDataSourceDto DatabaseSource(string name, string host, string password) => new()
    {
        Kind = PayrollDataSourceKind.Database,
        Name = name,
        Database = new PayrollDatabaseSourceInputDto { Host = host, Database = "hr", User = "payroll_reader", Password = password, ViewName = "ap_payroll_pending" }
    };

    private static UpdatePayrollDataSourceDto Edit(PayrollDataSourceDto source, string name, string host, string? password) =>
        Edit(source, name, host, password, source.Database!.TlsCaCertificatePem);

    private static UpdatePayrollDataSourceDto Edit(PayrollDataSourceDto source, string name, string host, string? password, string? caPem) => new()
    {
        Name = name,
        IsEnabled = source.IsEnabled,
        Version = source.Version,
        Database = new PayrollDatabaseSourceInputDto
        {
            Host = host,
            Port = source.Database!.Port,
            Database = source.Database.Database,
            User = source.Database.User,
            Password = password,
            RequireTls = source.Database.RequireTls,
            ViewName = source.Database.ViewName,
            StatementTimeoutSeconds = source.Database.StatementTimeoutSeconds,
            TlsCaCertificatePem = caPem
        }
    };
}
