using System.Net.Http.Json;
using System.Text.Json;
using AggregatedPayments.Hosting;
using AggregatedPayments.Identity;

namespace AggregatedPayments.Merchants;

/// <summary>Onboards merchants keeping the secret the platform shows once, and sends requests signed with it.</summary>
public abstract class MerchantApiTestBase(AggregatedPaymentsWebFactory factory) : HostTestBase(factory)
{
    protected async Task<(TestMerchant Merchant, ApiKey Key)> OnboardAsync()
    {
        var code = "m" + Guid.NewGuid().ToString("N")[..10];
        var created = await new MerchantClientProxy(await HostAdminAsync()).CreateAsync(new CreateMerchantDto
        {
            Code = code,
            Name = "Merchant " + code,
            AdminPassword = DefaultPassword
        });
        var admin = await LoginAsync(code, IdentityConsts.AdminUserName, DefaultPassword);
        return (new TestMerchant(created.Merchant.Id, code, DefaultPassword, admin), ApiKey.From(created.ApiCredential));
    }

    protected Task<HttpResponseMessage> SendAsync(SignedRequest request) => SendAsync(Anonymous(), request);

    protected Task<HttpResponseMessage> SendAsync(HttpClient client, SignedRequest request) => client.SendAsync(request.Build(Factory.Clock));

    protected static SignedRequest GetParameters(ApiKey key) => new(key, HttpMethod.Get, "/api/my-merchant/parameters");

    protected static async Task<string?> ErrorCodeAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("error").GetProperty("code").GetString();
    }
}
