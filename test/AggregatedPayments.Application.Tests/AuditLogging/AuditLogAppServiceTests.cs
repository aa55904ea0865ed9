using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Users;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.AuditLogging;

public sealed class AuditLogAppServiceTests : IAsyncLifetime
{
    private static readonly Guid MerchantA = Guid.NewGuid();
    private static readonly Guid MerchantB = Guid.NewGuid();
    private static readonly Guid HostAdmin = Guid.NewGuid();
    private static readonly Guid AdminOfA = Guid.NewGuid();

    private TestPrincipalAccessor _principal = null!;
    private TestDatabase _database = null!;
    private DateTime _start;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateWithApplicationAsync();
        _principal = _database.Services.GetRequiredService<TestPrincipalAccessor>();
        _start = _database.Clock.GetUtcNow().UtcDateTime;
        await WriteAsync(MerchantA, AdminOfA, MerchantA, "POST", "/api/payouts", 200, minutes: 0);
        await WriteAsync(MerchantA, AdminOfA, MerchantA, "PUT", "/api/payouts/1", 409, minutes: 1, error: ErrorCodes.ConcurrencyConflict);
        await WriteAsync(MerchantB, Guid.NewGuid(), MerchantB, "POST", "/api/payouts", 200, minutes: 2);
        await WriteAsync(null, HostAdmin, null, "POST", "/api/merchants", 200, minutes: 3);
        await WriteAsync(MerchantA, HostAdmin, null, "DELETE", "/api/users/7", 204, minutes: 4);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_let_a_platform_administrator_search_every_merchant_newest_first()
    {
        _principal.SignIn(HostAdmin, null, "admin");

        var result = await SearchAsync(new GetAuditLogListInput(), actingIn: null);

        result.TotalCount.ShouldBe(5);
        result.Items.Select(a => a.Url).ShouldBe(["/api/users/7", "/api/merchants", "/api/payouts", "/api/payouts/1", "/api/payouts"]);
    }

    [Fact]
    public async Task Should_let_a_platform_administrator_narrow_the_search_to_one_merchant()
    {
        _principal.SignIn(HostAdmin, null, "admin");

        var result = await SearchAsync(new GetAuditLogListInput { TenantId = MerchantB }, actingIn: null);

        result.Items.ShouldHaveSingleItem().TenantId.ShouldBe(MerchantB);
    }

    [Fact]
    public async Task Should_show_a_merchant_administrator_its_own_merchant_only_including_what_the_platform_did_there()
    {
        _principal.SignIn(AdminOfA, MerchantA, "admin");

        var result = await SearchAsync(new GetAuditLogListInput(), actingIn: MerchantA);

        result.TotalCount.ShouldBe(3);
        result.Items.ShouldAllBe(a => a.TenantId == MerchantA);
        var platformVisit = result.Items.Single(a => a.UserId == HostAdmin);
        platformVisit.ImpersonatedTenantId.ShouldBe(MerchantA);
        platformVisit.UserTenantId.ShouldBeNull();
    }

    [Fact]
    public async Task Should_not_let_a_merchant_administrator_reach_another_merchant_by_filter_or_by_id()
    {
        _principal.SignIn(HostAdmin, null, "admin");
        var rowOfB = (await SearchAsync(new GetAuditLogListInput { TenantId = MerchantB }, actingIn: null)).Items.Single();
        _principal.SignIn(AdminOfA, MerchantA, "admin");

        var byFilter = await SearchAsync(new GetAuditLogListInput { TenantId = MerchantB }, actingIn: MerchantA);

        byFilter.Items.ShouldBeEmpty();
        await Should.ThrowAsync<EntityNotFoundException>(() => CallAsync(s => s.GetAsync(rowOfB.Id), actingIn: MerchantA));
    }

    [Fact]
    public async Task Should_keep_a_platform_user_acting_inside_a_merchant_to_that_merchant()
    {
        _principal.SignIn(HostAdmin, null, "admin");

        var result = await SearchAsync(new GetAuditLogListInput(), actingIn: MerchantB);

        result.Items.ShouldHaveSingleItem().TenantId.ShouldBe(MerchantB);
    }

    [Fact]
    public async Task Should_filter_by_user_method_url_status_time_and_error()
    {
        _principal.SignIn(HostAdmin, null, "admin");

        (await SearchAsync(new GetAuditLogListInput { UserId = AdminOfA }, null)).TotalCount.ShouldBe(2);
        (await SearchAsync(new GetAuditLogListInput { HttpMethod = "put" }, null)).Items.ShouldHaveSingleItem().Url.ShouldBe("/api/payouts/1");
        (await SearchAsync(new GetAuditLogListInput { UrlContains = "/api/payouts" }, null)).TotalCount.ShouldBe(3);
        (await SearchAsync(new GetAuditLogListInput { StatusCode = 204 }, null)).Items.ShouldHaveSingleItem().HttpMethod.ShouldBe("DELETE");
        (await SearchAsync(new GetAuditLogListInput { From = _start.AddMinutes(1), To = _start.AddMinutes(3) }, null))
            .Items.Select(a => a.ExecutionTime).ShouldBe([_start.AddMinutes(2), _start.AddMinutes(1)]);
        (await SearchAsync(new GetAuditLogListInput { HasError = true }, null)).Items.ShouldHaveSingleItem().ErrorCode.ShouldBe(ErrorCodes.ConcurrencyConflict);
        (await SearchAsync(new GetAuditLogListInput { HasError = false }, null)).TotalCount.ShouldBe(4);
    }

    [Fact]
    public async Task Should_page_through_the_results()
    {
        _principal.SignIn(HostAdmin, null, "admin");

        var second = await SearchAsync(new GetAuditLogListInput { SkipCount = 2, MaxResultCount = 2 }, null);

        second.TotalCount.ShouldBe(5);
        second.Items.Select(a => a.Url).ShouldBe(["/api/payouts", "/api/payouts/1"]);
    }

    private Task<Dtos.PagedResultDto<AuditLogDto>> SearchAsync(GetAuditLogListInput input, Guid? actingIn) =>
        CallAsync(s => s.GetListAsync(input), actingIn);

    private async Task<T> CallAsync<T>(Func<IAuditLogAppService, Task<T>> call, Guid? actingIn)
    {
        using (_database.Services.GetRequiredService<ICurrentTenant>().Change(actingIn))
        {
            await using var scope = _database.CreateScope();
            return await call(scope.ServiceProvider.GetRequiredService<IAuditLogAppService>());
        }
    }

    private async Task WriteAsync(Guid? tenantId, Guid userId, Guid? userTenantId, string method, string url, int status, int minutes, string? error = null)
    {
        var request = new AuditRequest(tenantId, userId, "user", userTenantId, "203.0.113.1", method, url, null, _start.AddMinutes(minutes));
        var auditLog = new AuditLog(Guid.NewGuid(), request, status, 5, error is null ? null : new AuditError(error, "text"), []);
        (await _database.Services.GetRequiredService<AuditLogWriter>().TryWriteAsync(auditLog)).ShouldBeTrue();
    }
}
