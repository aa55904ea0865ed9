using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Alipay;

public class AlipaySignContentTests
{
    [Theory]
    [MemberData(nameof(AlipayTestVectors.Rsa2CaseNames), MemberType = typeof(AlipayTestVectors))]
    public void Should_build_the_vector_sign_content_from_its_parameters(string caseName)
    {
        var vector = AlipayTestVectors.Instance.Case(caseName);

        AlipaySignContent.ForRequest(vector.NullableParameters).ShouldBe(vector.SignContent);
    }

    [Fact]
    public void Should_sort_names_in_ordinal_order()
    {
        var content = AlipaySignContent.ForRequest(Pairs(("b", "2"), ("a_b", "3"), ("ab", "4"), ("B", "1"), ("a", "5")));

        // Ordinal: upper case before lower case, '_' (0x5F) before 'b' (0x62).
        content.ShouldBe("B=1&a=5&a_b=3&ab=4&b=2");
    }

    [Fact]
    public void Should_drop_sign_and_empty_values_but_keep_sign_type_for_requests()
    {
        var content = AlipaySignContent.ForRequest(Pairs(
            ("app_id", "2019090366875133"),
            ("sign", "c2lnbmF0dXJl"),
            ("notify_url", ""),
            ("app_auth_token", null),
            ("remark", " "),
            ("sign_type", "RSA2")));

        content.ShouldBe("app_id=2019090366875133&remark= &sign_type=RSA2");
    }

    [Fact]
    public void Should_drop_sign_type_too_for_notifications_V1()
    {
        var content = AlipaySignContent.ForNotificationV1(Pairs(
            ("notify_id", "n1"),
            ("sign", "c2lnbmF0dXJl"),
            ("sign_type", "RSA2"),
            ("charset", "utf-8")));

        content.ShouldBe("charset=utf-8&notify_id=n1");
    }

    [Fact]
    public void Should_use_raw_values_without_url_encoding()
    {
        var content = AlipaySignContent.ForRequest(Pairs(
            ("biz_content", "{\"remark\":\"a&b=c d/中\"}"),
            ("notify_url", "https://example.test/notify?x=1&y=2")));

        content.ShouldBe("biz_content={\"remark\":\"a&b=c d/中\"}&notify_url=https://example.test/notify?x=1&y=2");
    }

    [Fact]
    public void Should_refuse_a_repeated_name()
    {
        Should.Throw<ArgumentException>(() => AlipaySignContent.ForRequest(Pairs(("a", "1"), ("a", "2"))))
            .Message.ShouldContain("'a'");
    }

    [Fact]
    public void Should_refuse_when_nothing_is_left_to_sign()
    {
        Should.Throw<ArgumentException>(() => AlipaySignContent.ForNotificationV1(Pairs(("sign", "x"), ("sign_type", "RSA2"), ("a", ""))));
    }

    private static IEnumerable<KeyValuePair<string, string?>> Pairs(params (string Key, string? Value)[] pairs) =>
        pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value));
}
