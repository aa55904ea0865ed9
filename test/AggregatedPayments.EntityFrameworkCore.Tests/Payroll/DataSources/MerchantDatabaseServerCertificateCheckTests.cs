using System.Net;
using System.Security.Cryptography.X509Certificates;
using AggregatedPayments.Certificates;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>The server must present a certificate of the merchant's CA that names the host the merchant gave.</summary>
public sealed class MerchantDatabaseServerCertificateCheckTests : IDisposable
{
    private const string Host = "db.merchant.example";

    private readonly TestCertificateAuthority _merchantCa = new("Merchant CA");
    private readonly TestCertificateAuthority _otherCa = new("Someone else's CA");

    [Fact]
    public void Should_accept_a_certificate_of_the_merchants_ca_naming_the_host()
    {
        using var server = _merchantCa.IssueServer([Host]);

        Check(Host).Check(server, null).ShouldBeNull();
    }

    [Fact]
    public void Should_refuse_a_certificate_of_another_ca_even_one_naming_the_host()
    {
        using var impostor = _otherCa.IssueServer([Host]);

        Check(Host).Check(impostor, null)!.ShouldContain("is not issued by the CA certificate the data source names");
    }

    [Fact]
    public void Should_refuse_a_certificate_of_the_merchants_ca_for_another_host()
    {
        using var otherServer = _merchantCa.IssueServer(["reports.merchant.example"]);

        Check(Host).Check(otherServer, null)!.ShouldContain($"does not name the host '{Host}'");
    }

    [Fact]
    public void Should_match_an_ip_address_host_against_the_certificates_addresses()
    {
        using var server = _merchantCa.IssueServer([], [IPAddress.Parse("203.0.113.9")]);

        Check("203.0.113.9").Check(server, null).ShouldBeNull();
        Check("203.0.113.10").Check(server, null)!.ShouldContain("does not name the host");
    }

    [Fact]
    public void Should_match_an_ipv6_host_written_in_brackets()
    {
        using var server = _merchantCa.IssueServer([], [IPAddress.Parse("2001:db8::9")]);

        Check("[2001:db8::9]").Check(server, null).ShouldBeNull();
        Check("2001:db8::9").Check(server, null).ShouldBeNull();
    }

    [Fact]
    public void Should_refuse_a_server_without_a_certificate_and_keep_the_reason()
    {
        var check = Check(Host);

        check.Validate(this, null, null, System.Net.Security.SslPolicyErrors.RemoteCertificateNotAvailable).ShouldBeFalse();

        check.Rejection.ShouldBe("it presented no certificate.");
    }

    public void Dispose()
    {
        _merchantCa.Dispose();
        _otherCa.Dispose();
    }

    private MerchantDatabaseServerCertificateCheck Check(string host) =>
        new(new X509Certificate2Collection(_merchantCa.Certificate), host);
}
