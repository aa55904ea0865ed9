using System.Net;
using System.Net.Http.Json;
using AggregatedPayments.AuditLogging;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using AggregatedPayments.Merchants.Policies;
using AggregatedPayments.OutboundCalls;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Merchants;

/// <summary>The platform sets currencies and limits; the merchant sets what is its own, within them; both validated and audited.</summary>
[Collection(HostCollection.Name)]
public sealed class MerchantParametersTests(AggregatedPaymentsWebFactory factory) : MerchantApiTestBase(factory)
{
    [Fact]
    public async Task Should_let_the_platform_set_every_parameter_and_the_readers_see_it()
    {
        var (merchant, _) = await OnboardAsync();
        var platform = new MerchantClientProxy(await HostAdminAsync());
        var current = await platform.GetParametersAsync(merchant.Id);

        var saved = await platform.UpdateParametersAsync(merchant.Id, new UpdateMerchantParametersDto
        {
            NotifyUrl = "https://erp.example.com/payouts/notify",
            AllowedIpRanges = ["198.51.100.0/24", "2001:DB8::/32"],
            Currencies = [Cny(single: 1_000_00, daily: 10_000_00, approvalSingle: 500_00, approvalDaily: 5_000_00)],
            TimeZone = "Europe/Berlin",
            Version = current.Version
        });

        saved.NotifyUrl.ShouldBe("https://erp.example.com/payouts/notify");
        saved.AllowedIpRanges.ShouldBe(["198.51.100.0/24", "2001:db8::/32"]);
        saved.TimeZone.ShouldBe("Europe/Berlin");
        saved.Version.ShouldBeGreaterThan(current.Version);
        await using var scope = Factory.Services.CreateAsyncScope();
        var policy = await scope.ServiceProvider.GetRequiredService<IMerchantPayoutPolicyReader>().GetAsync(merchant.Id, default);
        policy.LimitFor("CNY").ShouldBe(new MerchantCurrencyLimit("CNY", 1_000_00, 10_000_00, 500_00, 5_000_00));
        policy.AllowsCurrency("USD").ShouldBeFalse();
        (await new MyMerchantClientProxy(merchant.Admin).GetParametersAsync()).ShouldBeEquivalentTo(saved);
    }

    [Theory]
    [InlineData("https://127.0.0.1/notify", OutboundCallsErrorCodes.AddressNotAllowed)]
    [InlineData("https://[::1]/notify", OutboundCallsErrorCodes.AddressNotAllowed)]
    [InlineData("https://10.1.2.3/notify", OutboundCallsErrorCodes.AddressNotAllowed)]
    [InlineData("https://169.254.169.254/latest/meta-data", OutboundCallsErrorCodes.AddressNotAllowed)]
    [InlineData("http://erp.example.com/notify", MerchantsErrorCodes.NotifyUrlNotHttps)]
    [InlineData("ftp://erp.example.com/notify", OutboundCallsErrorCodes.InvalidAddress)]
    [InlineData("https://user:pw@erp.example.com/notify", OutboundCallsErrorCodes.InvalidAddress)]
    [InlineData("/relative/notify", OutboundCallsErrorCodes.InvalidAddress)]
    public async Task Should_refuse_a_notify_address_the_outbound_guard_would_not_call(string url, string code)
    {
        var (merchant, _) = await OnboardAsync();

        (await RefusedAsync(merchant, new UpdateMyMerchantParametersDto { NotifyUrl = url })).Code.ShouldBe(code);
    }

    [Fact]
    public async Task Should_accept_plain_http_only_to_a_target_the_administrator_allowed()
    {
        var (merchant, _) = await OnboardAsync();
        var mine = new MyMerchantClientProxy(merchant.Admin);

        // The host tests allow "localhost" by name (AggregatedPaymentsWebFactory), as an operator would a simulator.
        var saved = await mine.UpdateParametersAsync(new UpdateMyMerchantParametersDto
        {
            NotifyUrl = "http://localhost:8080/notify",
            Version = (await mine.GetParametersAsync()).Version
        });

        saved.NotifyUrl.ShouldBe("http://localhost:8080/notify");
    }

    [Theory]
    [InlineData("10.0.0.1/8")]
    [InlineData("300.1.1.1")]
    [InlineData("10.0.0.0/33")]
    [InlineData("2001:db8::/129")]
    [InlineData("office")]
    public async Task Should_refuse_an_invalid_ip_range(string range)
    {
        var (merchant, _) = await OnboardAsync();

        var refused = await RefusedAsync(merchant, new UpdateMyMerchantParametersDto { AllowedIpRanges = ["192.0.2.0/24", range] });

        refused.Code.ShouldBe(MerchantsErrorCodes.InvalidIpRange);
    }

    [Fact]
    public async Task Should_refuse_more_than_twenty_ip_ranges()
    {
        var (merchant, _) = await OnboardAsync();
        var ranges = Enumerable.Range(1, 21).Select(i => $"192.0.{i}.0/24").ToList();

        (await RefusedAsync(merchant, new UpdateMyMerchantParametersDto { AllowedIpRanges = ranges })).Code.ShouldBe(MerchantsErrorCodes.TooManyIpRanges);
    }

    [Fact]
    public async Task Should_refuse_approval_thresholds_above_the_platforms_limits_or_for_other_currencies()
    {
        var (merchant, _) = await OnboardAsync();
        await SetPlatformCurrenciesAsync(merchant, Cny(single: 1_000_00, daily: 10_000_00));

        var above = await RefusedAsync(merchant, new UpdateMyMerchantParametersDto
        {
            Approvals = [new MerchantApprovalThresholdDto { Currency = "CNY", ApprovalSingleMinor = 1_000_01 }]
        });
        var aboveDaily = await RefusedAsync(merchant, new UpdateMyMerchantParametersDto
        {
            Approvals = [new MerchantApprovalThresholdDto { Currency = "CNY", ApprovalDailyMinor = 10_000_01 }]
        });
        var other = await RefusedAsync(merchant, new UpdateMyMerchantParametersDto
        {
            Approvals = [new MerchantApprovalThresholdDto { Currency = "USD", ApprovalSingleMinor = 1_00 }]
        });

        above.Code.ShouldBe(MerchantsErrorCodes.ApprovalAboveLimit);
        aboveDaily.Code.ShouldBe(MerchantsErrorCodes.ApprovalAboveLimit);
        other.Code.ShouldBe(MerchantsErrorCodes.CurrencyNotConfigured);
    }

    [Fact]
    public async Task Should_let_the_merchant_set_thresholds_within_its_limits_and_keep_the_limits()
    {
        var (merchant, _) = await OnboardAsync();
        await SetPlatformCurrenciesAsync(merchant, Cny(single: 1_000_00, daily: 10_000_00));
        var mine = new MyMerchantClientProxy(merchant.Admin);

        var saved = await mine.UpdateParametersAsync(new UpdateMyMerchantParametersDto
        {
            Approvals = [new MerchantApprovalThresholdDto { Currency = "CNY", ApprovalSingleMinor = 800_00, ApprovalDailyMinor = 2_000_00 }],
            TimeZone = "America/New_York",
            Version = (await mine.GetParametersAsync()).Version
        });

        var cny = saved.Currencies.ShouldHaveSingleItem();
        (cny.SingleMaxMinor, cny.DailyMaxMinor, cny.ApprovalSingleMinor, cny.ApprovalDailyMinor).ShouldBe((1_000_00L, 10_000_00L, 800_00L, 2_000_00L));
        saved.TimeZone.ShouldBe("America/New_York");
    }

    [Fact]
    public async Task Should_not_let_a_merchant_raise_its_own_limits()
    {
        var (merchant, _) = await OnboardAsync();
        await SetPlatformCurrenciesAsync(merchant, Cny(single: 1_000_00, daily: 10_000_00));
        var version = (await new MyMerchantClientProxy(merchant.Admin).GetParametersAsync()).Version;

        var platformEndpoint = await Should.ThrowAsync<RemoteServiceException>(() => new MerchantClientProxy(merchant.Admin).UpdateParametersAsync(
            merchant.Id, new UpdateMerchantParametersDto { Currencies = [Cny(single: 9_999_999_00, daily: 99_999_999_00)], Version = version }));
        using var smuggled = await merchant.Admin.PutAsJsonAsync("/api/my-merchant/parameters", new
        {
            currencies = new[] { new { currency = "CNY", singleMaxMinor = 9_999_999_00L, dailyMaxMinor = 99_999_999_00L } },
            version
        });

        platformEndpoint.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        smuggled.StatusCode.ShouldBe(HttpStatusCode.OK);
        var cny = (await new MerchantClientProxy(await HostAdminAsync()).GetParametersAsync(merchant.Id)).Currencies.ShouldHaveSingleItem();
        (cny.SingleMaxMinor, cny.DailyMaxMinor).ShouldBe((1_000_00L, 10_000_00L));
    }

    [Fact]
    public async Task Should_validate_the_platforms_currencies_and_limits()
    {
        var (merchant, _) = await OnboardAsync();

        (await PlatformRefusedAsync(merchant, new MerchantCurrencyLimitDto { Currency = "XXY" })).Code.ShouldBe(MerchantsErrorCodes.UnknownCurrency);
        (await PlatformRefusedAsync(merchant, Cny(single: 0))).Code.ShouldBe(MerchantsErrorCodes.AmountNotPositive);
        (await PlatformRefusedAsync(merchant, Cny(single: -1_00))).Code.ShouldBe(MerchantsErrorCodes.AmountNotPositive);
        (await PlatformRefusedAsync(merchant, Cny(single: 1_000_00, daily: 999_99))).Code.ShouldBe(MerchantsErrorCodes.DailyBelowSingle);
        (await PlatformRefusedAsync(merchant, Cny(single: 1_000_00, approvalSingle: 1_000_01))).Code.ShouldBe(MerchantsErrorCodes.ApprovalAboveLimit);
        (await PlatformRefusedAsync(merchant, Cny(single: 1_00), Cny(single: 2_00))).Code.ShouldBe(MerchantsErrorCodes.DuplicateCurrency);
    }

    [Fact]
    public async Task Should_refuse_an_unknown_time_zone_and_a_stale_version()
    {
        var (merchant, _) = await OnboardAsync();

        var zone = await RefusedAsync(merchant, new UpdateMyMerchantParametersDto { TimeZone = "Mars/Olympus_Mons" });
        var stale = await RefusedAsync(merchant, new UpdateMyMerchantParametersDto { NotifyUrl = "https://erp.example.com/n" }, versionOffset: -1);

        zone.Code.ShouldBe(ErrorCodes.InvalidTimeZone);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        stale.Code.ShouldBe(ErrorCodes.ConcurrencyConflict);
    }

    [Fact]
    public async Task Should_audit_each_parameter_change_with_the_policy_it_set()
    {
        var (merchant, _) = await OnboardAsync();
        await SetPlatformCurrenciesAsync(merchant, Cny(single: 1_000_00));
        var mine = new MyMerchantClientProxy(merchant.Admin);
        await mine.UpdateParametersAsync(new UpdateMyMerchantParametersDto
        {
            NotifyUrl = "https://erp.example.com/audited",
            Version = (await mine.GetParametersAsync()).Version
        });

        var platformRow = (await new AuditLogClientProxy(await HostAdminAsync()).GetListAsync(new GetAuditLogListInput
        {
            UrlContains = $"/api/merchants/{merchant.Id}/parameters",
            HttpMethod = "PUT"
        })).Items.ShouldHaveSingleItem();
        var merchantRow = (await new AuditLogClientProxy(merchant.Admin).GetListAsync(new GetAuditLogListInput
        {
            UrlContains = "/api/my-merchant/parameters",
            HttpMethod = "PUT"
        })).Items.ShouldHaveSingleItem();

        platformRow.EntityChanges.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            c => c.EntityType.ShouldContain(nameof(Merchant)),
            c => c.EntityId.ShouldBe(merchant.Id.ToString()),
            c => c.PropertyChanges.ShouldContain(nameof(Merchant.PayoutPolicy)),
            c => c.PropertyChanges.ShouldContain("100000"));
        merchantRow.UserName.ShouldBe("admin");
        merchantRow.EntityChanges.ShouldHaveSingleItem().PropertyChanges.ShouldContain("https://erp.example.com/audited");
    }

    private static MerchantCurrencyLimitDto Cny(long? single = null, long? daily = null, long? approvalSingle = null, long? approvalDaily = null) =>
        new() { Currency = "CNY", SingleMaxMinor = single, DailyMaxMinor = daily, ApprovalSingleMinor = approvalSingle, ApprovalDailyMinor = approvalDaily };

    private async Task SetPlatformCurrenciesAsync(TestMerchant merchant, params MerchantCurrencyLimitDto[] currencies)
    {
        var platform = new MerchantClientProxy(await HostAdminAsync());
        var current = await platform.GetParametersAsync(merchant.Id);
        await platform.UpdateParametersAsync(merchant.Id, new UpdateMerchantParametersDto { Currencies = [.. currencies], Version = current.Version });
    }

    private async Task<RemoteServiceException> RefusedAsync(TestMerchant merchant, UpdateMyMerchantParametersDto input, int versionOffset = 0)
    {
        var mine = new MyMerchantClientProxy(merchant.Admin);
        input.Version = (await mine.GetParametersAsync()).Version + versionOffset;
        return await Should.ThrowAsync<RemoteServiceException>(() => mine.UpdateParametersAsync(input));
    }

    private async Task<RemoteServiceException> PlatformRefusedAsync(TestMerchant merchant, params MerchantCurrencyLimitDto[] currencies)
    {
        var platform = new MerchantClientProxy(await HostAdminAsync());
        var version = (await platform.GetParametersAsync(merchant.Id)).Version;
        return await Should.ThrowAsync<RemoteServiceException>(() =>
            platform.UpdateParametersAsync(merchant.Id, new UpdateMerchantParametersDto { Currencies = [.. currencies], Version = version }));
    }
}
