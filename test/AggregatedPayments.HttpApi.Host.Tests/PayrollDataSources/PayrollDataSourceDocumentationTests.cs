using System.Security.Cryptography;
using AggregatedPayments.Merchants.Credentials;
using AggregatedPayments.Testing;
using Shouldly;
using Xunit;

namespace AggregatedPayments.PayrollDataSources;

/// <summary>docs/payroll-data-sources.md tells merchants how a data-source request is signed; this keeps its worked example true.</summary>
public sealed class PayrollDataSourceDocumentationTests
{
    private const string SecretOfTheExample = "dGhpcy1pcy1hbi1leGFtcGxlLXNlY3JldA";
    private const string TargetOfTheExample = "/payroll/pending?limit=500&cursor=PAY-2026-03-0500";
    private const long TimestampOfTheExample = 1767600000;
    private const string NonceOfTheExample = "4f1d2c8e9a7b6c5d4e3f2a1b0c9d8e7f";
    private const string SignatureOfTheExample = "ipQwbLiY0FUeSPKFdGMjd5c+ftWkgcNiGXkFYqEUKmA=";

    private static readonly string Document = File.ReadAllText(Path.Combine(TestRepository.Root(), "docs", "payroll-data-sources.md"));

    [Fact]
    public void Should_sign_the_documented_example_as_the_document_says()
    {
        var signature = MerchantRequestSignature.Compute(SecretOfTheExample, "GET", TargetOfTheExample, TimestampOfTheExample, NonceOfTheExample, []);

        signature.ShouldBe(SignatureOfTheExample);
        Document.ShouldContain($"X-AP-Signature: {SignatureOfTheExample}");
        Document.ShouldContain($"GET {TargetOfTheExample} HTTP/1.1");
        Document.ShouldContain($"`{SecretOfTheExample}`");
        Document.ShouldContain(Convert.ToHexStringLower(SHA256.HashData([])), Case.Sensitive, "the hash of the empty body is spelled out");
    }
}
