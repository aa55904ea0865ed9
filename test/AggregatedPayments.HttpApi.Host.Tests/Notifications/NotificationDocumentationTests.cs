using AggregatedPayments.Testing;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Notifications;

/// <summary>docs/merchant-notifications.md tells merchants how to check a signature; these keep it true.</summary>
public sealed class NotificationDocumentationTests
{
    private const string SecretOfTheExample = "sk_test_8J2c5Q0vYt3Lw9ZrN4eXb1Hf";
    private const string EventIdOfTheExample = "0193f6c2-7d0e-7a51-9a4e-1c2f4b7e8d10";
    private const long TimestampOfTheExample = 1767600015;
    private const string BodyOfTheExample = """{"id":"0193f6c2-7d0e-7a51-9a4e-1c2f4b7e8d10","type":"payout.succeeded","version":5}""";
    private const string SignatureOfTheExample = "v1=x/QUHvBqa4lh5HvdlJhjlSoAfjVHg+7vZuaH2lsIvvc=";

    private static readonly string Document = File.ReadAllText(Path.Combine(TestRepository.Root(), "docs", "merchant-notifications.md"));

    [Fact]
    public void Should_document_exactly_the_csharp_check_the_delivery_tests_verify_every_request_with()
    {
        var source = File.ReadAllLines(Path.Combine(TestRepository.Root(), "test", "AggregatedPayments.HttpApi.Host.Tests", "Notifications", "MerchantNotificationVerifier.cs"));
        var snippet = source.SkipWhile(l => !l.Contains("// snippet:begin", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => !l.Contains("// snippet:end", StringComparison.Ordinal)).ToList();
        var indent = snippet.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        var documented = string.Join("\n", snippet.Select(l => l.Length >= indent ? l[indent..] : l.Trim()));

        snippet.Count.ShouldBeGreaterThan(5);
        Document.ReplaceLineEndings("\n").ShouldContain(documented);
    }

    [Fact]
    public void Should_sign_the_documented_example_as_documented_and_have_the_documented_check_accept_it()
    {
        var signature = MerchantNotificationSignature.Compute(SecretOfTheExample, EventIdOfTheExample, TimestampOfTheExample, BodyOfTheExample);
        var at = DateTimeOffset.FromUnixTimeSeconds(TimestampOfTheExample + 5);

        signature.ShouldBe(SignatureOfTheExample);
        Document.ShouldContain(SignatureOfTheExample);
        Document.ShouldContain(BodyOfTheExample);
        MerchantNotificationVerifier.IsGenuine(SecretOfTheExample, EventIdOfTheExample, "1767600015", BodyOfTheExample, signature, at).ShouldBeTrue();
        MerchantNotificationVerifier.IsGenuine(SecretOfTheExample, EventIdOfTheExample, "1767600015", BodyOfTheExample + " ", signature, at).ShouldBeFalse();
        MerchantNotificationVerifier.IsGenuine("another secret", EventIdOfTheExample, "1767600015", BodyOfTheExample, signature, at).ShouldBeFalse();
        MerchantNotificationVerifier.IsGenuine(SecretOfTheExample, EventIdOfTheExample, "1767600015", BodyOfTheExample, signature, at.AddMinutes(10)).ShouldBeFalse();
        MerchantNotificationVerifier.IsGenuine(SecretOfTheExample, EventIdOfTheExample, "1767600015", BodyOfTheExample, "v2=abc, " + signature, at).ShouldBeTrue();
    }
}
