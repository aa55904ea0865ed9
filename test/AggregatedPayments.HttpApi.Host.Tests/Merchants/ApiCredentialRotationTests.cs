using System.Net;
using AggregatedPayments.Hosting;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Merchants;

/// <summary>Rotation keeps the replaced key working for the overlap only, so a merchant switches without downtime.</summary>
[Collection(HostCollection.Name)]
public sealed class ApiCredentialRotationTests(AggregatedPaymentsWebFactory factory) : MerchantApiTestBase(factory)
{
    [Fact]
    public async Task Should_keep_the_old_key_working_inside_the_overlap_only()
    {
        var (merchant, oldKey) = await OnboardAsync();

        var newKey = ApiKey.From(await new MyMerchantClientProxy(merchant.Admin).RotateApiCredentialAsync());

        (await StatusAsync(oldKey)).ShouldBe(HttpStatusCode.OK);
        (await StatusAsync(newKey)).ShouldBe(HttpStatusCode.OK);

        Factory.Clock.Advance(TimeSpan.FromHours(23));
        (await StatusAsync(oldKey)).ShouldBe(HttpStatusCode.OK);

        Factory.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        using (var expired = await SendAsync(GetParameters(oldKey)))
        {
            expired.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            (await ErrorCodeAsync(expired)).ShouldBe(MerchantsErrorCodes.ApiKeyExpired);
        }

        (await StatusAsync(newKey)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_list_keys_with_status_and_expiry_and_never_a_secret()
    {
        var (merchant, oldKey) = await OnboardAsync();
        var platform = new MerchantClientProxy(await HostAdminAsync());
        var newKey = ApiKey.From(await platform.RotateApiCredentialAsync(merchant.Id));
        var rotatedAt = Factory.Clock.GetUtcNow().UtcDateTime;

        var listed = await platform.GetApiCredentialsAsync(merchant.Id);
        var ownList = await new MyMerchantClientProxy(await LoginAsync(merchant.Code, "admin", DefaultPassword)).GetApiCredentialsAsync();

        listed.Select(c => (c.KeyId, c.Status)).ShouldBe([(newKey.KeyId, MerchantApiCredentialStatus.Active), (oldKey.KeyId, MerchantApiCredentialStatus.Expiring)],
            ignoreOrder: true);
        listed.Single(c => c.KeyId == oldKey.KeyId).ExpiresAt.ShouldNotBeNull().ShouldBe(rotatedAt.AddHours(24), TimeSpan.FromSeconds(1));
        ownList.Select(c => c.KeyId).ShouldBe(listed.Select(c => c.KeyId), ignoreOrder: true);
        var json = System.Text.Json.JsonSerializer.Serialize(new { listed, ownList });
        json.ShouldNotContain(oldKey.Secret);
        json.ShouldNotContain(newKey.Secret);
    }

    [Fact]
    public async Task Should_not_extend_an_old_keys_overlap_by_rotating_again()
    {
        var (merchant, firstKey) = await OnboardAsync();
        await new MyMerchantClientProxy(merchant.Admin).RotateApiCredentialAsync();
        Factory.Clock.Advance(TimeSpan.FromHours(20));

        await new MyMerchantClientProxy(await LoginAsync(merchant.Code, "admin", DefaultPassword)).RotateApiCredentialAsync();
        Factory.Clock.Advance(TimeSpan.FromHours(4) + TimeSpan.FromSeconds(1));

        (await StatusAsync(firstKey)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<HttpStatusCode> StatusAsync(ApiKey key)
    {
        using var response = await SendAsync(GetParameters(key));
        return response.StatusCode;
    }
}
