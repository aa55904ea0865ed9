using AggregatedPayments.Certificates;
using AggregatedPayments.Exceptions;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payroll.DataSources;

public sealed class MerchantDatabaseSettingsRulesTests
{
    private static readonly MerchantDatabaseSettings Good = new("db.merchant.example", 3306, "payroll", "ap_reader", "s3cret;=/ x", RequireTls: true, "ap_payroll_pending", 30);

    [Theory]
    [InlineData("db.merchant.example")]
    [InlineData("DB-1.merchant.example")]
    [InlineData("203.0.113.9")]
    [InlineData("2001:db8::9")]
    [InlineData("[2001:db8::9]")]
    [InlineData("localhost")]
    public void Should_accept_a_dns_name_or_an_ip_address_as_host(string host)
    {
        MerchantDatabaseSettingsRules.Validate(Good with { Host = host });
    }

    [Theory]
    [InlineData("/var/run/mysqld/mysqld.sock")]
    [InlineData("h;Pooling=false")]
    [InlineData("a b")]
    [InlineData("db.example,evil.example")]
    [InlineData("db.example:3306")]
    [InlineData("user@db.example")]
    [InlineData("db.example\n")]
    [InlineData("")]
    [InlineData(" ")]
    public void Should_refuse_a_host_that_is_not_a_plain_name_or_address(string host)
    {
        var refused = Should.Throw<InvalidInputException>(() => MerchantDatabaseSettingsRules.Validate(Good with { Host = host }));

        refused.Code.ShouldBe(ErrorCodes.ValidationFailed);
        refused.Errors.ShouldHaveSingleItem().Members.ShouldBe([nameof(MerchantDatabaseSettings.Host)]);
    }

    [Theory]
    [InlineData("payroll`")]
    [InlineData("pay roll")]
    [InlineData("pay-roll")]
    [InlineData("payroll\n")]
    [InlineData("")]
    [InlineData("x12345678901234567890123456789012345678901234567890123456789012345")]
    public void Should_refuse_a_database_user_or_view_name_that_is_not_a_plain_identifier(string name)
    {
        var refused = Should.Throw<InvalidInputException>(() =>
            MerchantDatabaseSettingsRules.Validate(Good with { Database = name, User = name, ViewName = name }));

        refused.Errors.SelectMany(e => e.Members).ShouldBe(
            [nameof(MerchantDatabaseSettings.Database), nameof(MerchantDatabaseSettings.User), nameof(MerchantDatabaseSettings.ViewName)]);
    }

    [Theory]
    [InlineData(0, 30, nameof(MerchantDatabaseSettings.Port))]
    [InlineData(65536, 30, nameof(MerchantDatabaseSettings.Port))]
    [InlineData(3306, 0, nameof(MerchantDatabaseSettings.StatementTimeoutSeconds))]
    [InlineData(3306, 301, nameof(MerchantDatabaseSettings.StatementTimeoutSeconds))]
    public void Should_refuse_a_port_or_timeout_out_of_range(int port, int timeout, string member)
    {
        var refused = Should.Throw<InvalidInputException>(() => MerchantDatabaseSettingsRules.Validate(Good with { Port = port, StatementTimeoutSeconds = timeout }));

        refused.Errors.ShouldHaveSingleItem().Members.ShouldBe([member]);
    }

    [Fact]
    public void Should_accept_the_limits_of_each_range_and_a_password_of_128_characters()
    {
        MerchantDatabaseSettingsRules.Validate(Good with { Port = 1, StatementTimeoutSeconds = 1, Password = new string('p', 128), ViewName = "v$1_" + new string('x', 60) });
        MerchantDatabaseSettingsRules.Validate(Good with { Port = 65535, StatementTimeoutSeconds = 300, Password = "" });
    }

    [Fact]
    public void Should_refuse_a_longer_password_without_repeating_it()
    {
        var password = new string('p', 129);

        var refused = Should.Throw<InvalidInputException>(() => MerchantDatabaseSettingsRules.Validate(Good with { Password = password }));

        refused.Errors.ShouldHaveSingleItem().Members.ShouldBe([nameof(MerchantDatabaseSettings.Password)]);
        refused.Errors[0].Message.ShouldNotContain(password);
    }

    [Fact]
    public void Should_keep_the_password_out_of_the_settings_text()
    {
        Good.ToString().ShouldNotContain(Good.Password);
    }

    [Fact]
    public void Should_accept_the_merchants_ca_certificates_as_pem()
    {
        using var first = new TestCertificateAuthority("Merchant Root CA");
        using var second = new TestCertificateAuthority("Merchant Next Root CA");

        MerchantDatabaseSettingsRules.Validate(Good with { TlsCaCertificatePem = first.CertificatePem + "\n" + second.CertificatePem });
    }

    [Fact]
    public void Should_refuse_a_ca_certificate_without_tls_required()
    {
        using var authority = new TestCertificateAuthority();

        var refused = Should.Throw<InvalidInputException>(() =>
            MerchantDatabaseSettingsRules.Validate(Good with { RequireTls = false, TlsCaCertificatePem = authority.CertificatePem }));

        refused.Errors.ShouldHaveSingleItem().Message.ShouldContain("require TLS");
    }

    [Theory]
    [InlineData("not a certificate", "holds no certificate")]
    [InlineData("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----", "not readable")]
    [InlineData("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----", "never a key")]
    [InlineData("-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----", "never a key")]
    public void Should_refuse_a_ca_pem_that_is_not_only_certificates(string pem, string reason)
    {
        var refused = Should.Throw<InvalidInputException>(() => MerchantDatabaseSettingsRules.Validate(Good with { TlsCaCertificatePem = pem }));

        var error = refused.Errors.ShouldHaveSingleItem();
        error.Members.ShouldBe([nameof(MerchantDatabaseSettings.TlsCaCertificatePem)]);
        error.Message.ShouldContain(reason);
    }

    [Fact]
    public void Should_refuse_a_ca_pem_longer_than_the_limit()
    {
        using var authority = new TestCertificateAuthority();
        var pem = string.Concat(Enumerable.Repeat(authority.CertificatePem + "\n", 40));

        var refused = Should.Throw<InvalidInputException>(() => MerchantDatabaseSettingsRules.Validate(Good with { TlsCaCertificatePem = pem }));

        refused.Errors.ShouldHaveSingleItem().Message.ShouldContain("at most");
    }
}
