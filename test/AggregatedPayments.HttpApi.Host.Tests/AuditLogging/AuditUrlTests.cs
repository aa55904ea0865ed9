using Shouldly;
using Xunit;

namespace AggregatedPayments.AuditLogging;

public sealed class AuditUrlTests
{
    [Theory]
    [InlineData("/api/payouts", null, "/api/payouts")]
    [InlineData("/api/payouts", "?", "/api/payouts")]
    [InlineData("/api/payouts", "?page=2&sort=time", "/api/payouts?page=2&sort=time")]
    [InlineData("/api/payouts", "?api%5Fkey=sk_1&flag", "/api/payouts?api%5Fkey=***&flag")]
    [InlineData("/api/payouts", "?Password=p%40ss&x=1", "/api/payouts?Password=***&x=1")]
    [InlineData("/api/payees", "?payee.account_no=6222&name=Li", "/api/payees?payee.account_no=***&name=Li")]
    [InlineData("/api/payouts", "?%E0%A4%A=1", "/api/payouts?%E0%A4%A=1")]
    public void Should_keep_the_url_but_no_secret_value(string path, string? query, string expected) =>
        AuditUrl.Of(path, query).ShouldBe(expected);
}
