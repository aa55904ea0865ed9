using AggregatedPayments.Certificates;
using AggregatedPayments.Data;
using AggregatedPayments.Merchants.Policies;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>Reading a merchant's view on the test MariaDB, over TLS, with the read-only account a merchant would give.</summary>
public sealed class MerchantDatabaseReaderTests : IAsyncLifetime
{
    private MerchantSourceDatabase _source = null!;

    public async Task InitializeAsync() => _source = await MerchantSourceDatabase.CreateAsync(rows: 100);

    public async Task DisposeAsync() => await _source.DisposeAsync();

    [Fact]
    public async Task Should_read_every_row_of_the_view_in_reference_order_with_its_fields()
    {
        var items = await ReadAllAsync(MerchantSourceDatabase.Reader(allowedTargets: MerchantSourceDatabase.TestServerAllowed), _source.Settings());

        items.Count.ShouldBe(100);
        items.Select(i => i.Line).ShouldBe(Enumerable.Range(1, 100).Select(n => (long)n));
        items.Select(i => i.MerchantReference).ShouldBe(Enumerable.Range(1, 100).Select(n => $"PAY-{n:D6}"));
        items[41].ShouldBe(new PayrollItemInput(
            42, "PAY-000042", "Payee 42", TestCardNumbers.Valid(42), "ICBC", MerchantSourceDatabase.Amount(42), "CNY", "Salary", "March 42", "BankCard"));
    }

    [Fact]
    public async Task Should_read_the_same_rows_in_pages()
    {
        var items = await ReadAllAsync(MerchantSourceDatabase.Reader(pageSize: 7, allowedTargets: MerchantSourceDatabase.TestServerAllowed), _source.Settings());

        items.Select(i => i.MerchantReference).ShouldBe(Enumerable.Range(1, 100).Select(n => $"PAY-{n:D6}"));
        items.Select(i => i.Line).ShouldBe(Enumerable.Range(1, 100).Select(n => (long)n));
    }

    [Fact]
    public async Task Should_take_the_view_in_as_100_items_and_nothing_new_when_pulled_again()
    {
        await using var platform = await PayrollDatabase.CreateAsync(MerchantPayoutPolicy.Empty);
        var reader = MerchantSourceDatabase.Reader(pageSize: 30, allowedTargets: MerchantSourceDatabase.TestServerAllowed);

        var (first, _) = await platform.TakeInAsync(reader.ReadAsync(_source.Settings(), CancellationToken.None), await StartPullAsync(platform));
        var (second, _) = await platform.TakeInAsync(reader.ReadAsync(_source.Settings(), CancellationToken.None), await StartPullAsync(platform));

        (first.Status, first.ReadCount, first.CreatedCount, first.InvalidCount).ShouldBe((PayrollIntakeStatus.Completed, 100, 100, 0));
        (second.Status, second.ReadCount, second.CreatedCount, second.UnchangedCount).ShouldBe((PayrollIntakeStatus.Completed, 100, 0, 100));
        var items = await platform.ListAsync<PayrollItem>();
        items.Count.ShouldBe(100);
        items.ShouldAllBe(i => i.IsValid && i.Source == PayrollItemSource.DatabasePull);
        items.Single(i => i.MerchantReference == "PAY-000007").AmountMinor.ShouldBe(MerchantSourceDatabase.Amount(7));
    }

    [Fact]
    public async Task Should_refuse_a_write_through_its_connection_even_for_a_user_that_may_write()
    {
        var settings = _source.Settings() with { User = MerchantSourceDatabase.WriterUser, Password = MerchantSourceDatabase.WriterPassword };
        await using var connection = await MerchantSourceDatabase.Connector(new MerchantDatabaseReaderOptions(), null, MerchantSourceDatabase.TestServerAllowed)
            .OpenAsync(settings, CancellationToken.None);
        await using var write = new MySqlCommand("UPDATE payroll_line SET paid = 1", connection);

        var refused = await Should.ThrowAsync<MySqlException>(() => write.ExecuteNonQueryAsync());

        refused.Message.ShouldContain("READ ONLY");
        (await ReadAllAsync(MerchantSourceDatabase.Reader(allowedTargets: MerchantSourceDatabase.TestServerAllowed), _source.Settings())).Count.ShouldBe(100);
    }

    [Fact]
    public async Task Should_read_over_tls()
    {
        await using var connection = await MerchantSourceDatabase.Connector(new MerchantDatabaseReaderOptions(), null, MerchantSourceDatabase.TestServerAllowed)
            .OpenAsync(_source.Settings(), CancellationToken.None);
        await using var command = new MySqlCommand("SHOW SESSION STATUS LIKE 'Ssl_cipher'", connection);
        await using var status = await command.ExecuteReaderAsync();

        (await status.ReadAsync()).ShouldBeTrue();
        status.GetString(1).ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Should_read_when_the_server_proves_itself_with_a_certificate_of_the_merchants_ca()
    {
        var settings = _source.Settings() with { TlsCaCertificatePem = await File.ReadAllTextAsync(MerchantSourceDatabase.ServerCaPath) };

        var items = await ReadAllAsync(MerchantSourceDatabase.Reader(allowedTargets: MerchantSourceDatabase.TestServerAllowed), settings);

        items.Count.ShouldBe(100);
    }

    [Fact]
    public async Task Should_stop_before_logging_in_when_the_servers_certificate_is_not_of_the_merchants_ca()
    {
        using var otherCa = new TestCertificateAuthority("Not the issuer of the server's certificate");
        var reader = MerchantSourceDatabase.Reader(allowedTargets: MerchantSourceDatabase.TestServerAllowed);

        // A wrong password too: had the login been tried, the server would have refused it instead.
        var failure = await Should.ThrowAsync<PayrollSourceException>(() =>
            reader.TestAsync(_source.Settings() with { Password = "wrong-password", TlsCaCertificatePem = otherCa.CertificatePem }, CancellationToken.None));

        failure.Message.ShouldStartWith($"The database server at '{MerchantSourceDatabase.Host}:{MerchantSourceDatabase.Port}' is not the one the data source trusts, so nothing was sent to it");
        failure.Message.ShouldContain("is not issued by the CA certificate the data source names");
    }

    [Fact]
    public async Task Should_fail_without_the_password_in_any_text_when_the_password_is_wrong()
    {
        const string password = "wrong-Secret-4711";
        var reader = MerchantSourceDatabase.Reader(allowedTargets: MerchantSourceDatabase.TestServerAllowed);

        var failure = await Should.ThrowAsync<PayrollSourceException>(() => reader.TestAsync(_source.Settings() with { Password = password }, CancellationToken.None));

        failure.Message.ShouldContain("refused the user name or password");
        failure.Message.ShouldContain(MerchantSourceDatabase.ReaderUser);
        failure.ToString().ShouldNotContain(password);
    }

    [Fact]
    public async Task Should_name_a_view_that_does_not_exist()
    {
        var reader = MerchantSourceDatabase.Reader(allowedTargets: MerchantSourceDatabase.TestServerAllowed);

        var failure = await Should.ThrowAsync<PayrollSourceException>(() => reader.TestAsync(_source.Settings("no_such_view"), CancellationToken.None));

        failure.Message.ShouldBe($"The view 'no_such_view' does not exist in database '{_source.Name}', or user 'ap_test_reader' cannot see it.");
    }

    [Fact]
    public async Task Should_name_the_columns_a_view_lacks_before_reading_any_row()
    {
        await _source.ExecuteAsync("CREATE VIEW short_view AS SELECT reference AS merchant_reference, employee_name AS payee_name, card_no AS account_number, bank AS bank_code FROM payroll_line");
        var reader = MerchantSourceDatabase.Reader(allowedTargets: MerchantSourceDatabase.TestServerAllowed);

        var failure = await Should.ThrowAsync<PayrollSourceException>(() => ReadAllAsync(reader, _source.Settings("short_view")));

        failure.Message.ShouldContain("account_type, amount_minor, currency, purpose, remark");
    }

    [Fact]
    public async Task Should_fail_cleanly_when_a_page_takes_longer_than_the_statement_timeout()
    {
        await _source.ExecuteAsync($"CREATE VIEW slow_view AS SELECT v.* FROM {MerchantSourceDatabase.View} v WHERE SLEEP(0.1) = 0");
        var reader = MerchantSourceDatabase.Reader(allowedTargets: MerchantSourceDatabase.TestServerAllowed);
        var started = DateTime.UtcNow;

        var failure = await Should.ThrowAsync<PayrollSourceException>(() => ReadAllAsync(reader, _source.Settings("slow_view", timeoutSeconds: 1)));

        failure.Message.ShouldBe("Reading the view 'slow_view' took longer than the statement timeout of 1 s; make the view faster or allow more time.");
        (DateTime.UtcNow - started).ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Should_give_the_validator_an_unreadable_amount_when_amount_minor_is_not_a_whole_number()
    {
        await _source.ExecuteAsync(
            $"""
            CREATE VIEW amounts_view AS
            SELECT merchant_reference, payee_name, account_number, account_type, bank_code,
                   CAST(amount_minor AS DECIMAL(14,2)) + IF(merchant_reference = 'PAY-000002', 0.5, 0) AS amount_minor,
                   currency, purpose, remark
            FROM {MerchantSourceDatabase.View} WHERE merchant_reference IN ('PAY-000001', 'PAY-000002')
            """);
        await _source.ExecuteAsync($"CREATE VIEW float_view AS SELECT merchant_reference, payee_name, account_number, account_type, bank_code, CAST(amount_minor AS DOUBLE) AS amount_minor, currency, purpose, remark FROM {MerchantSourceDatabase.View} WHERE merchant_reference = 'PAY-000003'");
        var reader = MerchantSourceDatabase.Reader(allowedTargets: MerchantSourceDatabase.TestServerAllowed);
        await using var platform = await PayrollDatabase.CreateAsync(MerchantPayoutPolicy.Empty);

        var decimals = await ReadAllAsync(reader, _source.Settings("amounts_view"));
        var floats = await ReadAllAsync(reader, _source.Settings("float_view"));
        var (intake, outcomes) = await platform.TakeInAsync(TestPayrollItems.Stream([.. decimals, .. floats]));

        (decimals[0].AmountMinor, decimals[0].AmountText).ShouldBe((MerchantSourceDatabase.Amount(1), null));
        (decimals[1].AmountMinor, decimals[1].AmountText).ShouldBe((null, "amount_minor 100002.50 (Decimal) is not a whole number of minor units"));
        floats[0].AmountMinor.ShouldBeNull();
        (intake.CreatedCount, intake.InvalidCount).ShouldBe((1, 2));
        outcomes.Where(o => o.Kind == PayrollItemOutcomeKind.Invalid).ShouldAllBe(o => o.Errors.SequenceEqual(new[] { PayrollErrorCodes.InvalidAmount }));
    }

    [Fact]
    public async Task Should_fail_rather_than_skip_a_reference_the_view_repeats_across_pages()
    {
        await _source.ExecuteAsync("CREATE TABLE repeated (r VARCHAR(64))");
        await _source.ExecuteAsync("INSERT INTO repeated VALUES ('PAY-1'), ('PAY-2'), ('PAY-2'), ('PAY-3')");
        await _source.ExecuteAsync(
            "CREATE VIEW repeated_view AS SELECT r AS merchant_reference, 'A' AS payee_name, '1' AS account_number, NULL AS account_type, 'ICBC' AS bank_code, 1 AS amount_minor, 'CNY' AS currency, NULL AS purpose, NULL AS remark FROM repeated");
        var reader = MerchantSourceDatabase.Reader(pageSize: 2, allowedTargets: MerchantSourceDatabase.TestServerAllowed);

        var failure = await Should.ThrowAsync<PayrollSourceException>(() => ReadAllAsync(reader, _source.Settings("repeated_view")));

        failure.Message.ShouldContain("merchant_reference 'PAY-2' more than once");
    }

    [Fact]
    public async Task Should_hand_on_rows_without_a_reference_first_so_that_they_are_reported()
    {
        await _source.ExecuteAsync($"CREATE VIEW unreferenced_view AS SELECT IF(merchant_reference IN ('PAY-000005', 'PAY-000006'), NULL, merchant_reference) AS merchant_reference, payee_name, account_number, account_type, bank_code, amount_minor, currency, purpose, remark FROM {MerchantSourceDatabase.View}");
        var reader = MerchantSourceDatabase.Reader(pageSize: 10, allowedTargets: MerchantSourceDatabase.TestServerAllowed);

        var items = await ReadAllAsync(reader, _source.Settings("unreferenced_view"));

        items.Count.ShouldBe(100);
        items.Take(2).Select(i => (i.MerchantReference, i.PayeeName)).ShouldBe([(null, "Payee 5"), (null, "Payee 6")], ignoreOrder: true);
    }

    private static Task<PayrollIntake> StartPullAsync(PayrollDatabase platform) =>
        platform.InTenantAsync(async services =>
        {
            var intake = PayrollIntake.StartPull(platform.TenantId, PayrollItemSource.DatabasePull, Guid.NewGuid(), "clerk", platform.Database.Clock.GetUtcNow().UtcDateTime);
            await services.GetRequiredService<IRepository<PayrollIntake>>().InsertAsync(intake);
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            return intake;
        });

    private static async Task<List<PayrollItemInput>> ReadAllAsync(IMerchantDatabaseReader reader, MerchantDatabaseSettings settings)
    {
        var items = new List<PayrollItemInput>();
        await foreach (var item in reader.ReadAsync(settings, CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }
}
