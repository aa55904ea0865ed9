using System.Net.Http.Json;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Hosting;
using AggregatedPayments.Identity;
using Shouldly;
using Xunit;

namespace AggregatedPayments.ApplicationConfiguration;

[Collection(HostCollection.Name)]
public sealed class ApplicationConfigurationTests(AggregatedPaymentsWebFactory factory) : HostTestBase(factory)
{
    [Fact]
    public async Task Should_give_an_anonymous_caller_texts_and_languages_but_no_rights()
    {
        var configuration = await new ApplicationConfigurationClientProxy(Anonymous()).GetAsync();

        configuration.CurrentUser.IsAuthenticated.ShouldBeFalse();
        configuration.Auth.GrantedPolicies.ShouldBeEmpty();
        configuration.Menus.ShouldBeEmpty();
        configuration.Localization.Values["AggregatedPayments"][ErrorCodes.InvalidCredentials].ShouldContain("password");
        configuration.Localization.Languages.Select(l => l.CultureName).ShouldBe(["en", "zh-Hans"]);
    }

    [Fact]
    public async Task Should_answer_in_simplified_chinese_when_asked()
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var configuration = await new ApplicationConfigurationClientProxy(client).GetAsync();

        configuration.Localization.CurrentCulture.Name.ShouldBe("zh-Hans");
        configuration.Localization.Values["AggregatedPayments"][ErrorCodes.InvalidCredentials].ShouldContain("密码");
    }

    [Fact]
    public async Task Should_describe_the_signed_in_user_its_merchant_and_its_rights()
    {
        var merchant = await CreateMerchantAsync();

        var configuration = await new ApplicationConfigurationClientProxy(merchant.Admin).GetAsync();

        configuration.CurrentUser.UserName.ShouldBe("admin");
        configuration.CurrentTenant.Id.ShouldBe(merchant.Id);
        configuration.CurrentTenant.Code.ShouldBe(merchant.Code);
        configuration.Auth.GrantedPolicies.ShouldContainKey(IdentityPermissions.Users.Default);
        configuration.Auth.GrantedPolicies.ShouldNotContainKey(Merchants.MerchantPermissions.Default);
    }

    [Fact]
    public async Task Should_use_abp_json_names_for_the_portal()
    {
        var json = await Anonymous().GetFromJsonAsync<System.Text.Json.JsonElement>("/api/abp/application-configuration");

        foreach (var name in new[] { "localization", "auth", "setting", "currentUser", "currentTenant", "multiTenancy" })
        {
            json.TryGetProperty(name, out _).ShouldBeTrue(name);
        }

        json.GetProperty("auth").TryGetProperty("grantedPolicies", out _).ShouldBeTrue();
    }
}
