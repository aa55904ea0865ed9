using System.Text;
using AggregatedPayments.Merchants.Credentials;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Merchants;

public sealed class MerchantRequestSignatureTests
{
    private const string Secret = "test-secret-0123456789";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"amountMinor":12345,"currency":"CNY"}""");

    // Computed once with openssl, independently of this code:
    //   H=$(printf '{"amountMinor":12345,"currency":"CNY"}' | openssl dgst -sha256 -hex | awk '{print $2}')
    //   printf 'POST\n/api/payouts?mode=single\n1767225600\nn-0001\n%s' "$H" | openssl dgst -sha256 -hmac 'test-secret-0123456789' -binary | base64
    private const string PostVector = "jw1bFhe07z9wxuRbzCF4Y+4/TxWLa/66ciES3oOaj9Y=";

    // The same with an empty body: GET, '/pending?cursor=abc', nonce 'n-0002'.
    private const string EmptyBodyVector = "XjX1IVIQtqrA9RHp+F+quVnTiRVQRZy4Ax4i8Xkd98o=";

    [Fact]
    public void Should_match_the_vector_computed_with_openssl()
    {
        MerchantRequestSignature.Compute(Secret, "POST", "/api/payouts?mode=single", 1767225600, "n-0001", Body).ShouldBe(PostVector);
        MerchantRequestSignature.Compute(Secret, "GET", "/pending?cursor=abc", 1767225600, "n-0002", []).ShouldBe(EmptyBodyVector);
    }

    [Fact]
    public void Should_verify_the_vector()
    {
        MerchantRequestSignature.Verify(Secret, "POST", "/api/payouts?mode=single", 1767225600, "n-0001", Body, PostVector).ShouldBeTrue();
    }

    [Theory]
    [InlineData("other-secret", "POST", "/api/payouts?mode=single", 1767225600, "n-0001", PostVector)]
    [InlineData(Secret, "PUT", "/api/payouts?mode=single", 1767225600, "n-0001", PostVector)]
    [InlineData(Secret, "POST", "/api/payouts?mode=batch", 1767225600, "n-0001", PostVector)]
    [InlineData(Secret, "POST", "/api/payouts?mode=single", 1767225601, "n-0001", PostVector)]
    [InlineData(Secret, "POST", "/api/payouts?mode=single", 1767225600, "n-0003", PostVector)]
    [InlineData(Secret, "POST", "/api/payouts?mode=single", 1767225600, "n-0001", "not base64!")]
    [InlineData(Secret, "POST", "/api/payouts?mode=single", 1767225600, "n-0001", "AAAA")]
    [InlineData(Secret, "POST", "/api/payouts?mode=single", 1767225600, "n-0001", "")]
    public void Should_refuse_any_changed_part(string secret, string method, string pathAndQuery, long timestamp, string nonce, string signature)
    {
        MerchantRequestSignature.Verify(secret, method, pathAndQuery, timestamp, nonce, Body, signature).ShouldBeFalse();
    }

    [Fact]
    public void Should_refuse_a_changed_body()
    {
        var changed = Encoding.UTF8.GetBytes("""{"amountMinor":12346,"currency":"CNY"}""");

        MerchantRequestSignature.Verify(Secret, "POST", "/api/payouts?mode=single", 1767225600, "n-0001", changed, PostVector).ShouldBeFalse();
    }
}
