using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AggregatedPayments.AuditLogging;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Hosting;
using AggregatedPayments.Settings;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Merchants;

/// <summary>A merchant's system calling the API with its key: what is accepted, and each way a request is refused.</summary>
[Collection(HostCollection.Name)]
public sealed class ApiSignatureTests(AggregatedPaymentsWebFactory factory) : MerchantApiTestBase(factory)
{
    [Fact]
    public async Task Should_accept_a_signed_call_and_act_inside_the_merchant_as_the_key()
    {
        var (merchant, key) = await OnboardAsync();

        using var response = await SendAsync(GetParameters(key));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<MerchantParametersDto>())!.MerchantId.ShouldBe(merchant.Id);
    }

    [Fact]
    public async Task Should_verify_the_body_and_still_hand_it_to_the_action()
    {
        var (merchant, key) = await OnboardAsync();
        var body = $$"""{"settings":[{"name":"{{FoundationSettingNames.PasswordRequiredLength}}","value":"11"}]}""";

        using var response = await SendAsync(new SignedRequest(key, HttpMethod.Put, "/api/settings/tenant", body));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await new SettingsClientProxy(merchant.Admin).GetTenantAsync())
            .Single(s => s.Name == FoundationSettingNames.PasswordRequiredLength).Value.ShouldBe("11");
    }

    [Fact]
    public async Task Should_record_the_key_as_the_user_of_a_signed_change()
    {
        var (merchant, key) = await OnboardAsync();
        var body = $$"""{"settings":[{"name":"{{FoundationSettingNames.PasswordRequiredLength}}","value":"12"}]}""";

        using var response = await SendAsync(new SignedRequest(key, HttpMethod.Put, "/api/settings/tenant", body));

        var row = (await new AuditLogClientProxy(merchant.Admin).GetListAsync(new GetAuditLogListInput { UrlContains = "/api/settings/tenant", HttpMethod = "PUT" }))
            .Items.ShouldHaveSingleItem();
        row.UserName.ShouldBe("api:" + key.KeyId);
        row.UserTenantId.ShouldBe(merchant.Id);
        row.StatusCode.ShouldBe(200);
    }

    [Fact]
    public async Task Should_refuse_a_signature_made_with_another_secret()
    {
        var (_, key) = await OnboardAsync();

        await ShouldRefuseAsync(new SignedRequest(key, HttpMethod.Get, "/api/my-merchant/parameters") { SigningSecret = "not-the-secret" },
            MerchantsErrorCodes.ApiSignatureInvalid);
    }

    [Fact]
    public async Task Should_refuse_a_body_other_than_the_one_signed()
    {
        var (_, key) = await OnboardAsync();
        var signed = $$"""{"settings":[{"name":"{{FoundationSettingNames.PasswordRequiredLength}}","value":"10"}]}""";

        await ShouldRefuseAsync(new SignedRequest(key, HttpMethod.Put, "/api/settings/tenant", signed) { SentBody = signed.Replace("10", "6", StringComparison.Ordinal) },
            MerchantsErrorCodes.ApiSignatureInvalid);
    }

    [Fact]
    public async Task Should_refuse_an_unknown_key_as_a_bad_signature()
    {
        await ShouldRefuseAsync(GetParameters(new ApiKey("ak_000000000000000000000000", "whatever")), MerchantsErrorCodes.ApiSignatureInvalid);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public async Task Should_refuse_a_timestamp_more_than_five_minutes_off(int seconds)
    {
        var (_, key) = await OnboardAsync();

        await ShouldRefuseAsync(new SignedRequest(key, HttpMethod.Get, "/api/my-merchant/parameters") { Time = Factory.Clock.GetUtcNow().AddSeconds(seconds) },
            MerchantsErrorCodes.ApiTimestampOutOfRange);
    }

    [Fact]
    public async Task Should_accept_a_timestamp_within_five_minutes()
    {
        var (_, key) = await OnboardAsync();

        using var response = await SendAsync(new SignedRequest(key, HttpMethod.Get, "/api/my-merchant/parameters") { Time = Factory.Clock.GetUtcNow().AddSeconds(-290) });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_refuse_a_replayed_nonce_even_with_a_fresh_signature()
    {
        var (_, key) = await OnboardAsync();
        var nonce = "replay-" + Guid.NewGuid().ToString("N");
        using (var first = await SendAsync(new SignedRequest(key, HttpMethod.Get, "/api/my-merchant/parameters") { Nonce = nonce }))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await ShouldRefuseAsync(new SignedRequest(key, HttpMethod.Get, "/api/my-merchant/parameters?again=1") { Nonce = nonce }, MerchantsErrorCodes.ApiNonceReused);
    }

    [Fact]
    public async Task Should_not_spend_the_nonce_of_a_refused_request()
    {
        var (_, key) = await OnboardAsync();
        var nonce = "kept-" + Guid.NewGuid().ToString("N");
        await ShouldRefuseAsync(new SignedRequest(key, HttpMethod.Get, "/api/my-merchant/parameters") { Nonce = nonce, SigningSecret = "wrong" },
            MerchantsErrorCodes.ApiSignatureInvalid);

        using var response = await SendAsync(new SignedRequest(key, HttpMethod.Get, "/api/my-merchant/parameters") { Nonce = nonce });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_refuse_a_revoked_key_at_once()
    {
        var (merchant, key) = await OnboardAsync();

        await new MyMerchantClientProxy(merchant.Admin).RevokeApiCredentialAsync(key.KeyId);

        await ShouldRefuseAsync(GetParameters(key), MerchantsErrorCodes.ApiKeyRevoked);
    }

    [Fact]
    public async Task Should_refuse_every_key_of_a_suspended_merchant()
    {
        var (merchant, key) = await OnboardAsync();

        await new MerchantClientProxy(await HostAdminAsync()).SuspendAsync(merchant.Id);

        await ShouldRefuseAsync(GetParameters(key), ErrorCodes.MerchantSuspended);
    }

    [Fact]
    public async Task Should_refuse_a_caller_outside_the_merchants_ranges()
    {
        var (merchant, key) = await OnboardAsync();
        var parameters = await new MerchantClientProxy(await HostAdminAsync()).GetParametersAsync(merchant.Id);
        await new MyMerchantClientProxy(merchant.Admin).UpdateParametersAsync(new UpdateMyMerchantParametersDto
        {
            AllowedIpRanges = ["203.0.113.0/24"],
            Version = parameters.Version
        });

        // The in-memory test server gives no client address: it is inside no range.
        await ShouldRefuseAsync(GetParameters(key), MerchantsErrorCodes.ApiCallerIpNotAllowed);
    }

    [Fact]
    public async Task Should_act_only_with_what_the_api_client_role_holds()
    {
        var (_, key) = await OnboardAsync();

        using var users = await SendAsync(new SignedRequest(key, HttpMethod.Get, "/api/identity/users"));
        using var keys = await SendAsync(new SignedRequest(key, HttpMethod.Post, "/api/my-merchant/api-credentials/rotate"));

        users.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        keys.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_audit_a_refused_signed_call_with_its_code_even_a_read()
    {
        var (_, key) = await OnboardAsync();
        var nonce = "audited-" + Guid.NewGuid().ToString("N");

        await ShouldRefuseAsync(new SignedRequest(key, HttpMethod.Get, "/api/my-merchant/parameters?probe=" + nonce) { SigningSecret = "wrong" },
            MerchantsErrorCodes.ApiSignatureInvalid);

        var row = (await new AuditLogClientProxy(await HostAdminAsync()).GetListAsync(new GetAuditLogListInput { UrlContains = nonce }))
            .Items.ShouldHaveSingleItem();
        row.StatusCode.ShouldBe(401);
        row.ErrorCode.ShouldBe(MerchantsErrorCodes.ApiSignatureInvalid);
        row.ErrorMessage.ShouldNotBeNull().ShouldContain(key.KeyId);
        row.ErrorMessage.ShouldNotContain(key.Secret);
    }

    [Fact]
    public async Task Should_leave_bearer_tokens_as_they_were()
    {
        var (merchant, _) = await OnboardAsync();

        (await new MyMerchantClientProxy(merchant.Admin).GetParametersAsync()).MerchantId.ShouldBe(merchant.Id);
    }

    private async Task ShouldRefuseAsync(SignedRequest request, string code)
    {
        using var response = await SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ErrorCodeAsync(response)).ShouldBe(code);
    }
}
