using Shouldly;
using Xunit;

namespace AggregatedPayments.AuditLogging;

public sealed class AuditPolicyTests
{
    [Theory]
    [InlineData("POST", 200, false, false, true)]
    [InlineData("PUT", 400, false, false, true)]
    [InlineData("DELETE", 204, false, false, true)]
    [InlineData("PATCH", 401, false, false, true)]
    [InlineData("GET", 200, false, false, false)]
    [InlineData("HEAD", 200, false, false, false)]
    [InlineData("OPTIONS", 204, false, false, false)]
    [InlineData("GET", 401, false, false, false)]
    [InlineData("GET", 404, false, false, false)]
    [InlineData("GET", 403, false, false, true)]
    [InlineData("GET", 503, false, false, true)]
    [InlineData("GET", 404, true, false, true)]
    [InlineData("GET", 200, false, true, true)]
    public void Should_audit_changes_and_failed_reads(string method, int status, bool hasError, bool hasChanges, bool audited) =>
        AuditPolicy.ShouldAudit(method, status, hasError, hasChanges).ShouldBe(audited);
}
