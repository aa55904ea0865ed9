using System.Net;
using System.Text.Json;
using AggregatedPayments.AuditLogging;
using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels;

/// <summary>Opening a channel to a merchant: the platform configures it, the merchant sees what it may use and never a value.</summary>
[Collection(HostCollection.Name)]
public sealed class MerchantChannelTests(AggregatedPaymentsWebFactory factory) : HostTestBase(factory)
{
    private const string NotifySecret = "sandbox-notify-secret-value";

    [Fact]
    public async Task Should_open_a_channel_to_one_merchant_with_its_secret_masked_and_invisible_to_others()
    {
        var host = await HostAdminAsync();
        var channel = await CreateSandboxChannelAsync(host);
        var a = await CreateMerchantAsync();
        var b = await CreateMerchantAsync();

        var opened = await new MerchantChannelClientProxy(host).CreateAsync(a.Id, Opening(channel.Id, "acct-" + a.Code));
        var seenByA = await new MyChannelClientProxy(a.Admin).GetListAsync();
        var seenByB = await new MyChannelClientProxy(b.Admin).GetListAsync();

        opened.Parameters["notifySecret"].ShouldBe(ChannelParameterProtector.MaskedValue);
        opened.Parameters["accountId"].ShouldBe("acct-" + a.Code);
        opened.Status.ShouldBe(ChannelStatus.Closed);
        var mine = seenByA.ShouldHaveSingleItem();
        mine.ChannelCode.ShouldBe(channel.Code);
        mine.Functions.ShouldBe(["Payout", "Query"], ignoreOrder: true);
        mine.IsUsable.ShouldBeFalse();
        JsonSerializer.Serialize(seenByA).ShouldNotContain("acct-");
        seenByB.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_make_the_channel_usable_when_both_it_and_the_opening_are_open()
    {
        var host = await HostAdminAsync();
        var channel = await CreateSandboxChannelAsync(host);
        var merchant = await CreateMerchantAsync();
        var proxy = new MerchantChannelClientProxy(host);
        var opened = await proxy.CreateAsync(merchant.Id, Opening(channel.Id));

        await proxy.UpdateAsync(merchant.Id, opened.Id, Update(opened, isOpen: true));
        await new ChannelClientProxy(host).OpenAsync(channel.Id);

        (await new MyChannelClientProxy(merchant.Admin).GetListAsync()).Single().IsUsable.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_keep_the_secret_when_an_update_leaves_it_out_and_never_write_it_to_the_audit_log()
    {
        var host = await HostAdminAsync();
        var channel = await CreateSandboxChannelAsync(host);
        var merchant = await CreateMerchantAsync();
        var proxy = new MerchantChannelClientProxy(host);
        var opened = await proxy.CreateAsync(merchant.Id, Opening(channel.Id));

        var update = Update(opened, isOpen: false);
        update.Parameters = new Dictionary<string, string?> { ["initialBalance"] = "500000" };
        var updated = await proxy.UpdateAsync(merchant.Id, opened.Id, update);

        updated.Parameters["notifySecret"].ShouldBe(ChannelParameterProtector.MaskedValue);
        updated.Parameters["initialBalance"].ShouldBe("500000");
        var audit = await new AuditLogClientProxy(host).GetListAsync(new GetAuditLogListInput { TenantId = merchant.Id, MaxResultCount = 100 });
        JsonSerializer.Serialize(audit).ShouldNotContain(NotifySecret);
        JsonSerializer.Serialize(await new AuditLogClientProxy(host).GetListAsync(new GetAuditLogListInput { UrlContains = "/channels", MaxResultCount = 200 }))
            .ShouldNotContain(NotifySecret);
    }

    [Fact]
    public async Task Should_refuse_what_the_channel_does_not_allow()
    {
        var host = await HostAdminAsync();
        var channel = await CreateSandboxChannelAsync(host);
        var merchant = await CreateMerchantAsync();
        var proxy = new MerchantChannelClientProxy(host);

        var functionOff = Opening(channel.Id);
        functionOff.Functions = ["Payout", "Balance"];
        var overLimit = Opening(channel.Id);
        overLimit.SingleLimitMinor = 10_000_01;
        var halfHours = Opening(channel.Id);
        halfHours.TradingStart = "09:00";
        var platformParameter = Opening(channel.Id);
        platformParameter.Parameters["seed"] = "7";

        (await Should.ThrowAsync<RemoteServiceException>(() => proxy.CreateAsync(merchant.Id, functionOff))).Code.ShouldBe(ChannelsErrorCodes.FunctionNotEnabledOnChannel);
        (await Should.ThrowAsync<RemoteServiceException>(() => proxy.CreateAsync(merchant.Id, overLimit))).Code.ShouldBe(ChannelsErrorCodes.LimitAboveChannelLimit);
        (await Should.ThrowAsync<RemoteServiceException>(() => proxy.CreateAsync(merchant.Id, halfHours))).Code.ShouldBe(ChannelsErrorCodes.InvalidTradingHours);
        (await Should.ThrowAsync<RemoteServiceException>(() => proxy.CreateAsync(merchant.Id, platformParameter))).Code.ShouldBe(ChannelsErrorCodes.ParameterNotForSupplier);
        (await proxy.GetListAsync(merchant.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_open_a_channel_to_a_merchant_once_and_delete_the_channel_only_when_open_to_nobody()
    {
        var host = await HostAdminAsync();
        var channels = new ChannelClientProxy(host);
        var channel = await CreateSandboxChannelAsync(host);
        var merchant = await CreateMerchantAsync();
        var proxy = new MerchantChannelClientProxy(host);
        var opened = await proxy.CreateAsync(merchant.Id, Opening(channel.Id));

        var twice = await Should.ThrowAsync<RemoteServiceException>(() => proxy.CreateAsync(merchant.Id, Opening(channel.Id)));
        var inUse = await Should.ThrowAsync<RemoteServiceException>(() => channels.DeleteAsync(channel.Id));
        await proxy.DeleteAsync(merchant.Id, opened.Id);
        await channels.DeleteAsync(channel.Id);

        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        twice.Code.ShouldBe(ChannelsErrorCodes.AlreadyOpenToMerchant);
        inUse.Code.ShouldBe(ChannelsErrorCodes.ChannelInUse);
        (await new MyChannelClientProxy(merchant.Admin).GetListAsync()).ShouldBeEmpty();
    }

    private static async Task<ChannelDto> CreateSandboxChannelAsync(HttpClient host)
    {
        var channels = new ChannelClientProxy(host);
        var channel = await channels.CreateAsync(new CreateChannelDto { Code = "sbx" + Guid.NewGuid().ToString("N")[..8], Name = "Sandbox", Provider = "Sandbox" });
        return await channels.UpdateAsync(channel.Id, new UpdateChannelDto
        {
            Name = channel.Name,
            Currencies = ["CNY"],
            Functions = [new ChannelFunctionDto { Function = "Payout", IsEnabled = true }, new ChannelFunctionDto { Function = "Query", IsEnabled = true }],
            SingleLimitMinor = 10_000_00,
            DailyLimitMinor = 1_000_000_00,
            Version = channel.Version
        });
    }

    private static CreateMerchantChannelDto Opening(Guid channelId, string account = "acct-test") => new()
    {
        ChannelId = channelId,
        Functions = ["Payout", "Query"],
        Priority = 1,
        Weight = 10,
        Parameters = new Dictionary<string, string?>
        {
            ["accountId"] = account,
            ["notifySecret"] = NotifySecret,
            ["initialBalance"] = "100000"
        }
    };

    private static UpdateMerchantChannelDto Update(MerchantChannelDto current, bool isOpen) => new()
    {
        Functions = [.. current.Functions],
        Priority = current.Priority,
        Weight = current.Weight,
        IsOpen = isOpen,
        Version = current.Version
    };
}
