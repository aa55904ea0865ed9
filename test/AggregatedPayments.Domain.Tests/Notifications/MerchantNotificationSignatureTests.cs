using Shouldly;
using Xunit;

namespace AggregatedPayments.Notifications;

public sealed class MerchantNotificationSignatureTests
{
    private const string Secret = "merchant-api-secret";
    private const string EventId = "0193f6c2-7d0e-7a51-9a4e-1c2f4b7e8d10";
    private const long Timestamp = 1_767_600_015;
    private const string Body = """{"type":"payout.succeeded"}""";

    [Fact]
    public void Should_accept_exactly_the_signature_it_computes()
    {
        var signature = MerchantNotificationSignature.Compute(Secret, EventId, Timestamp, Body);

        MerchantNotificationSignature.Verify(Secret, EventId, Timestamp, Body, signature).ShouldBeTrue();
    }

    [Fact]
    public void Should_refuse_a_signature_over_anything_else_or_none()
    {
        var signature = MerchantNotificationSignature.Compute(Secret, EventId, Timestamp, Body);

        MerchantNotificationSignature.Verify("another-secret", EventId, Timestamp, Body, signature).ShouldBeFalse();
        MerchantNotificationSignature.Verify(Secret, EventId, Timestamp + 1, Body, signature).ShouldBeFalse();
        MerchantNotificationSignature.Verify(Secret, EventId, Timestamp, Body + " ", signature).ShouldBeFalse();
        MerchantNotificationSignature.Verify(Secret, EventId, Timestamp, Body, signature[..^1]).ShouldBeFalse();
        MerchantNotificationSignature.Verify(Secret, EventId, Timestamp, Body, null).ShouldBeFalse();
    }
}
