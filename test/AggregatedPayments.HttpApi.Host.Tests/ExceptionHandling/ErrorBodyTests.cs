using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using AggregatedPayments.Identity;
using AggregatedPayments.Merchants;
using Shouldly;
using Xunit;

namespace AggregatedPayments.ExceptionHandling;

[Collection(HostCollection.Name)]
public sealed class ErrorBodyTests(AggregatedPaymentsWebFactory factory) : HostTestBase(factory)
{
    [Fact]
    public async Task Should_answer_a_duplicate_merchant_code_with_a_conflict_code_not_a_500()
    {
        var merchant = await CreateMerchantAsync();

        var refused = await Should.ThrowAsync<RemoteServiceException>(() => CreateMerchantAsync(merchant.Code));

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        refused.Code.ShouldBe(ErrorCodes.MerchantCodeAlreadyExists);
        refused.Error.Message.ShouldNotBeNull().ShouldContain(merchant.Code);
    }

    [Fact]
    public async Task Should_answer_a_taken_user_name_with_a_conflict()
    {
        var merchant = await CreateMerchantAsync();

        var refused = await Should.ThrowAsync<RemoteServiceException>(() =>
            new UserClientProxy(merchant.Admin).CreateAsync(new CreateUserDto { UserName = "admin", Password = DefaultPassword }));

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Should_allow_the_same_user_name_in_two_merchants()
    {
        var a = await CreateMerchantAsync();
        var b = await CreateMerchantAsync();

        await CreateUserWithPermissionsAsync(a.Admin, "alice");
        await CreateUserWithPermissionsAsync(b.Admin, "alice");

        (await LoginTokensAsync(b.Code, "alice", DefaultPassword)).AccessToken.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Should_list_each_invalid_field_and_change_nothing()
    {
        var admin = await HostAdminAsync();

        using var response = await admin.PostAsJsonAsync("/api/merchants", new { code = "not valid!", name = "", adminPassword = "x" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = body.GetProperty("error");
        error.GetProperty("code").GetString().ShouldBe(ErrorCodes.ValidationFailed);
        error.GetProperty("validationErrors").EnumerateArray().SelectMany(e => e.GetProperty("members").EnumerateArray())
            .Select(m => m.GetString()).ShouldBe(["Code", "Name"], ignoreOrder: true);
        (await new MerchantClientProxy(admin).GetListAsync(new GetMerchantListInput { Filter = "not valid" })).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_refuse_a_weak_password_with_the_rule_that_failed()
    {
        var merchant = await CreateMerchantAsync();

        var refused = await Should.ThrowAsync<RemoteServiceException>(() =>
            new UserClientProxy(merchant.Admin).CreateAsync(new CreateUserDto { UserName = "weak", Password = "abc" }));

        refused.Code.ShouldBe(ErrorCodes.ValidationFailed);
        refused.Error.ValidationErrors.ShouldNotBeNull().ShouldContain(e => e.Members.Contains("Password"));
    }

    [Fact]
    public async Task Should_refuse_a_stale_merchant_update()
    {
        var merchant = await CreateMerchantAsync();
        var merchants = new MerchantClientProxy(await HostAdminAsync());
        var read = await merchants.GetAsync(merchant.Id);
        await merchants.UpdateAsync(merchant.Id, new UpdateMerchantDto { Name = "First", Version = read.Version });

        var refused = await Should.ThrowAsync<RemoteServiceException>(() =>
            merchants.UpdateAsync(merchant.Id, new UpdateMerchantDto { Name = "Second", Version = read.Version }));

        refused.Code.ShouldBe(ErrorCodes.ConcurrencyConflict);
        (await merchants.GetAsync(merchant.Id)).Name.ShouldBe("First");
    }

    [Fact]
    public async Task Should_refuse_an_unknown_time_zone()
    {
        var refused = await Should.ThrowAsync<RemoteServiceException>(() => new MerchantClientProxy(HostAdminAsync().Result).CreateAsync(
            new CreateMerchantDto { Code = "tz" + Guid.NewGuid().ToString("N")[..8], Name = "TZ", AdminPassword = DefaultPassword, TimeZone = "Mars/Olympus" }));

        refused.Code.ShouldBe(ErrorCodes.InvalidTimeZone);
    }
}
