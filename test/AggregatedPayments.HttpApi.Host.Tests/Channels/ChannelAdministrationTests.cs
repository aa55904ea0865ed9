using System.Net;
using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels;

[Collection(HostCollection.Name)]
public sealed class ChannelAdministrationTests(AggregatedPaymentsWebFactory factory) : HostTestBase(factory)
{
    [Fact]
    public async Task Should_list_the_installed_providers_with_their_parameter_forms_in_the_callers_language()
    {
        var admin = await HostAdminAsync();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var providers = await new ChannelClientProxy(admin).GetProvidersAsync();

        providers.Select(p => p.Provider).ShouldBe(["Alipay", "GenericHttp", "Sandbox"]);
        var alipay = providers.Single(p => p.Provider == "Alipay");
        alipay.Functions.ShouldContain("Payout");
        alipay.Currencies.ShouldBe(["CNY"]);
        var privateKey = alipay.Parameters.Single(p => p.Name == "app_private_key");
        privateKey.IsSecret.ShouldBeTrue();
        privateKey.SuppliedBy.ShouldBe("Merchant");
        privateKey.Label.ShouldNotBe(privateKey.Name);
        privateKey.Label.Any(c => c > 0x4E00).ShouldBeTrue("the label should be the Chinese one");
    }

    [Fact]
    public async Task Should_define_configure_open_close_and_delete_a_channel()
    {
        var channels = new ChannelClientProxy(await HostAdminAsync());
        var code = "ali" + Guid.NewGuid().ToString("N")[..8];

        var created = await channels.CreateAsync(new CreateChannelDto { Code = code, Name = "Alipay main", Provider = "Alipay" });
        var configured = await channels.UpdateAsync(created.Id, new UpdateChannelDto
        {
            Name = "Alipay (main)",
            Currencies = ["CNY"],
            Functions = [new ChannelFunctionDto { Function = "Payout", IsEnabled = true }, new ChannelFunctionDto { Function = "Query", IsEnabled = true }],
            SingleLimitMinor = 5_000_000,
            DailyLimitMinor = 100_000_000,
            Version = created.Version
        });
        var withParameters = await channels.UpdateParametersAsync(created.Id, new UpdateChannelParametersDto
        {
            Values = new Dictionary<string, string?> { ["gateway_url"] = "https://openapi.alipay.com/gateway.do", ["product_code"] = "TRANS_ACCOUNT_NO_PWD" }
        });
        var opened = await channels.OpenAsync(created.Id);
        var closed = await channels.CloseAsync(created.Id);
        await channels.DeleteAsync(created.Id);

        created.Status.ShouldBe(ChannelStatus.Closed);
        created.Functions.ShouldAllBe(f => !f.IsEnabled);
        configured.Functions.Where(f => f.IsEnabled).Select(f => f.Function).ShouldBe(["Payout", "Query"], ignoreOrder: true);
        configured.DailyLimitMinor.ShouldBe(100_000_000);
        withParameters.Parameters["product_code"].ShouldBe("TRANS_ACCOUNT_NO_PWD");
        opened.Status.ShouldBe(ChannelStatus.Open);
        closed.Status.ShouldBe(ChannelStatus.Closed);
        (await channels.GetListAsync(new GetChannelListInput { Filter = code })).TotalCount.ShouldBe(0);
    }

    [Theory]
    [InlineData("gateway_url", "ftp://openapi.alipay.com", ChannelsErrorCodes.ParameterInvalid)]
    [InlineData("product_code", "TRANS_SOMETHING_ELSE", ChannelsErrorCodes.ParameterInvalid)]
    [InlineData("app_private_key", "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----", ChannelsErrorCodes.ParameterNotForSupplier)]
    [InlineData("made_up", "x", ChannelsErrorCodes.UnknownParameter)]
    public async Task Should_refuse_parameters_the_adapter_does_not_accept_from_the_platform(string name, string value, string code)
    {
        var channels = new ChannelClientProxy(await HostAdminAsync());
        var channel = await channels.CreateAsync(new CreateChannelDto { Code = "p" + Guid.NewGuid().ToString("N")[..8], Name = "Parameters", Provider = "Alipay" });

        var refused = await Should.ThrowAsync<RemoteServiceException>(() =>
            channels.UpdateParametersAsync(channel.Id, new UpdateChannelParametersDto { Values = new Dictionary<string, string?> { [name] = value } }));

        refused.Code.ShouldBe(code);
        (await channels.GetAsync(channel.Id)).Parameters.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_a_function_the_provider_does_not_have_and_an_unknown_one()
    {
        var channels = new ChannelClientProxy(await HostAdminAsync());
        var channel = await channels.CreateAsync(new CreateChannelDto { Code = "f" + Guid.NewGuid().ToString("N")[..8], Name = "Functions", Provider = "Alipay" });

        var unsupported = await Should.ThrowAsync<RemoteServiceException>(() => channels.UpdateAsync(channel.Id, new UpdateChannelDto
        {
            Name = "Functions", Currencies = ["CNY"], Functions = [new ChannelFunctionDto { Function = "Withdraw", IsEnabled = true }], Version = channel.Version
        }));
        var unknown = await Should.ThrowAsync<RemoteServiceException>(() => channels.UpdateAsync(channel.Id, new UpdateChannelDto
        {
            Name = "Functions", Currencies = ["CNY"], Functions = [new ChannelFunctionDto { Function = "Teleport", IsEnabled = true }], Version = channel.Version
        }));

        unsupported.Code.ShouldBe(ChannelsErrorCodes.FunctionNotSupported);
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_keep_channel_administration_away_from_merchants()
    {
        var merchant = await CreateMerchantAsync();

        var refused = await Should.ThrowAsync<RemoteServiceException>(() => new ChannelClientProxy(merchant.Admin).GetListAsync(new GetChannelListInput()));

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
