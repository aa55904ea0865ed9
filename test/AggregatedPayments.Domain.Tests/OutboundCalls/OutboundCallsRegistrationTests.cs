using AggregatedPayments.Localization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Shouldly;
using Xunit;

namespace AggregatedPayments.OutboundCalls;

public sealed class OutboundCallsRegistrationTests
{
    [Fact]
    public void Should_bind_the_OutboundCalls_section_through_the_domain_registration()
    {
        using var services = Build(new()
        {
            ["OutboundCalls:AllowedTargets:0"] = "127.0.0.1",
            ["OutboundCalls:AllowedTargets:1"] = "simulator.internal",
            ["OutboundCalls:MaxResponseBytes"] = "65536",
            ["OutboundCalls:Timeout"] = "00:00:05",
            ["OutboundCalls:ConnectTimeout"] = "00:00:02",
            ["OutboundCalls:Purposes:Statement:MaxResponseBytes"] = "100000000"
        });

        var options = services.GetRequiredService<IOptions<OutboundCallOptions>>().Value;

        options.AllowedTargets.ShouldBe(["127.0.0.1", "simulator.internal"]);
        options.MaxResponseBytes.ShouldBe(65536);
        options.Timeout.ShouldBe(TimeSpan.FromSeconds(5));
        options.ConnectTimeout.ShouldBe(TimeSpan.FromSeconds(2));
        options.LimitsFor("Statement").MaxResponseBytes.ShouldBe(100_000_000);
        services.GetRequiredService<IOutboundHttpClientFactory>().CreateClient("ChannelApi").ShouldNotBeNull();
        services.GetRequiredService<OutboundAddressValidator>().ValidateUrl("http://127.0.0.1:9000/").ShouldNotBeNull();
    }

    [Fact]
    public void Should_refuse_an_allowed_target_it_cannot_read()
    {
        using var services = Build(new() { ["OutboundCalls:AllowedTargets:0"] = "*.internal" });

        Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IOutboundHttpClientFactory>())
            .Message.ShouldContain("*.internal");
    }

    [Fact]
    public void Should_have_an_english_and_a_chinese_text_for_every_code()
    {
        var codes = typeof(OutboundCallsErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        codes.ShouldNotBeEmpty();
        foreach (var culture in TextLocalizer.SupportedCultures)
        {
            codes.Where(code => !TextLocalizer.Instance.GetAll(culture).ContainsKey(code)).ShouldBeEmpty($"texts missing in {culture}");
        }

        TextLocalizer.Instance.Get(OutboundCallsErrorCodes.AddressNotAllowed, "zh-Hans", new Dictionary<string, object?> { ["host"] = "localhost" })
            .ShouldBe("不允许访问“localhost”：它是（或解析为）本机回环、私有网络、链路本地或其他内部地址。管理员可以将该目标加入允许列表。");
    }

    private static ServiceProvider Build(Dictionary<string, string?> configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        services.AddAggregatedPaymentsDomain();
        return services.BuildServiceProvider();
    }
}
