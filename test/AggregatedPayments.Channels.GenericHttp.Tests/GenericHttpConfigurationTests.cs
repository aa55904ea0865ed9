using System.Text;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.GenericHttp;

public sealed class GenericHttpConfigurationTests
{
    [Fact]
    public void Should_fill_the_canonical_template_once_leaving_placeholder_text_in_the_body_alone()
    {
        var canonical = GenericHttpCanonicalString.Build(
            GenericHttpCanonicalString.DefaultTemplate, "POST", "/api/payout", "1735696800", Encoding.UTF8.GetBytes("""{"memo":"{path}\\n"}"""));

        Encoding.UTF8.GetString(canonical).ShouldBe("POST\n/api/payout\n1735696800\n{\"memo\":\"{path}\\\\n\"}");
    }

    [Fact]
    public void Should_use_an_operators_own_template()
    {
        var canonical = GenericHttpCanonicalString.Build("{timestamp}|{method} {path}|{body}", "POST", "/p", "1", Encoding.UTF8.GetBytes("{}"));

        Encoding.UTF8.GetString(canonical).ShouldBe("1|POST /p|{}");
    }

    [Theory]
    [InlineData("SUCCESS", ChannelPayoutState.Succeeded)]
    [InlineData("BOUNCED", ChannelPayoutState.Returned)]
    public void Should_map_a_configured_status_value_onto_our_state(string value, ChannelPayoutState state)
    {
        var mapping = GenericHttpStatusMapping.Parse("""{"SUCCESS":"Succeeded","BOUNCED":"Returned","NONE":"NotFound"}""");

        mapping.Map(value).ShouldBe(new GenericHttpStatus(state, false));
        mapping.Map("NONE").IsNotFound.ShouldBeTrue();
        mapping.Map("success").ShouldBe(GenericHttpStatus.Unmapped);
    }

    [Theory]
    [InlineData("""{"X":"Paid"}""")]
    [InlineData("""{"X":"1"}""")]
    [InlineData("""{"X":"Succeeded, Failed"}""")]
    [InlineData("""["Succeeded"]""")]
    [InlineData("not json")]
    public void Should_refuse_a_status_mapping_naming_no_state_we_know(string json)
    {
        Should.Throw<ChannelConfigurationException>(() => GenericHttpStatusMapping.Parse(json));
    }

    [Theory]
    [InlineData("""{"request":{"amount":"amt"},"response":{"status":"s"}}""")]
    [InlineData("""{"request":{"key":"k","amount":"a"},"response":{}}""")]
    [InlineData("""{"request":{"key":"k","amount":"a","amout":"x"},"response":{"status":"s"}}""")]
    public void Should_refuse_a_field_mapping_missing_a_required_field_or_naming_an_unknown_one(string json)
    {
        Should.Throw<ChannelConfigurationException>(() => GenericHttpFieldMapping.Parse(json));
    }

    [Fact]
    public void Should_declare_every_parameter_with_english_and_chinese_labels_and_keep_the_secret_secret()
    {
        var parameters = new GenericHttpChannelAdapter().Parameters;

        parameters.ShouldAllBe(p => p.LabelEn.Length > 0 && p.LabelZhHans.Length > 0);
        parameters.Single(p => p.Name == GenericHttpParameterNames.Secret).IsSecret.ShouldBeTrue();
        parameters.Single(p => p.Name == GenericHttpParameterNames.AmountFormat).Options
            .ShouldBe([GenericHttpAmountFormat.MinorInteger, GenericHttpAmountFormat.DecimalString]);
        parameters.Where(p => p.SuppliedBy == ParameterSupplier.Merchant).Select(p => p.Name)
            .ShouldBe([GenericHttpParameterNames.MerchantId, GenericHttpParameterNames.Secret], ignoreOrder: true);
    }
}
