using System.Net;
using AggregatedPayments.Data;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Interception;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.TestApps;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.AuditLogging;

public sealed class AuditLoggingMiddlewareTests : IAsyncLifetime
{
    private const string ClientIp = "203.0.113.10";
    private static readonly Guid MerchantUser = Guid.NewGuid();
    private static readonly Guid Merchant = Guid.NewGuid();
    private static readonly Guid PlatformUser = Guid.NewGuid();
    private static readonly Guid KeptRuleId = Guid.NewGuid();

    private PipelineTestApp _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await PipelineTestApp.StartAsync(app =>
        {
            app.UseTestClientIp();
            app.UseExceptionHandler();
            app.UseRequestLocalization();
            app.UseAuthentication();
            app.UseTestTenantResolution();
            app.UseInterceptionRules();
            app.UseAuditLogging();
            app.UseAuthorization();
            MapEndpoints(app);
        });
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Should_keep_the_row_of_a_failed_request_whose_transaction_rolled_back()
    {
        using var response = await SendAsync(HttpMethod.Post, "/test/rules/rollback", user: MerchantUser, userTenant: Merchant, correlationId: "req-42");

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await CountRulesAsync()).ShouldBe(0);
        var row = (await AuditRowsAsync()).ShouldHaveSingleItem();
        row.HttpMethod.ShouldBe("POST");
        row.Url.ShouldBe("/test/rules/rollback");
        row.StatusCode.ShouldBe(409);
        row.ErrorCode.ShouldBe(ErrorCodes.DuplicateKey);
        row.ErrorMessage.ShouldBe("An item with the same key already exists.");
        row.DurationMs.ShouldBe(250);
        row.UserId.ShouldBe(MerchantUser);
        row.UserTenantId.ShouldBe(Merchant);
        row.TenantId.ShouldBe(Merchant);
        row.ImpersonatedTenantId.ShouldBeNull();
        row.ClientIp.ShouldBe(ClientIp);
        row.CorrelationId.ShouldBe("req-42");
        row.ExecutionTime.ShouldBe(new DateTime(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc));
        var change = row.EntityChanges.ShouldHaveSingleItem();
        change.EntityType.ShouldBe(nameof(InterceptionRule));
        change.ChangeType.ShouldBe(EntityChangeType.Created);
        change.IsRolledBack.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_keep_the_row_of_a_request_that_left_its_own_unit_of_work_unusable()
    {
        await SendAsync(HttpMethod.Post, "/test/rules", user: PlatformUser);

        using var response = await SendAsync(HttpMethod.Post, "/test/rules/clash", user: PlatformUser);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var row = (await AuditRowsAsync()).Single(r => r.Url == "/test/rules/clash");
        row.ErrorCode.ShouldBe(ErrorCodes.DuplicateKey);
        row.EntityChanges.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_record_a_successful_change_with_what_it_changed()
    {
        using var response = await SendAsync(HttpMethod.Post, "/test/rules", user: PlatformUser);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var row = (await AuditRowsAsync()).ShouldHaveSingleItem();
        row.StatusCode.ShouldBe(200);
        row.ErrorCode.ShouldBeNull();
        row.TenantId.ShouldBeNull();
        row.EntityChanges.ShouldHaveSingleItem().IsRolledBack.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_record_that_a_platform_user_acted_inside_a_merchant()
    {
        await SendAsync(HttpMethod.Post, "/test/ok", user: PlatformUser, actingIn: Merchant);

        var row = (await AuditRowsAsync()).ShouldHaveSingleItem();
        row.TenantId.ShouldBe(Merchant);
        row.UserTenantId.ShouldBeNull();
        row.ImpersonatedTenantId.ShouldBe(Merchant);
    }

    [Fact]
    public async Task Should_not_audit_reads_that_succeed_or_that_only_miss()
    {
        (await SendAsync(HttpMethod.Get, "/test/ok")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SendAsync(HttpMethod.Head, "/test/ok")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SendAsync(HttpMethod.Get, "/test/missing")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await SendAsync(HttpMethod.Get, "/test/protected")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await AuditRowsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_audit_a_read_refused_for_lack_of_permission()
    {
        (await SendAsync(HttpMethod.Get, "/test/protected", user: MerchantUser, userTenant: Merchant)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var row = (await AuditRowsAsync()).ShouldHaveSingleItem();
        row.StatusCode.ShouldBe(403);
        row.UserId.ShouldBe(MerchantUser);
    }

    [Fact]
    public async Task Should_audit_a_read_that_crashed_without_keeping_the_exception_message()
    {
        (await SendAsync(HttpMethod.Get, "/test/crash")).StatusCode.ShouldBe(HttpStatusCode.InternalServerError);

        var row = (await AuditRowsAsync()).ShouldHaveSingleItem();
        row.StatusCode.ShouldBe(500);
        row.ErrorCode.ShouldBe(ErrorCodes.InternalError);
        row.ErrorMessage.ShouldBe(typeof(InvalidOperationException).FullName);
    }

    [Fact]
    public async Task Should_name_a_unique_key_clash_from_the_database_as_the_client_saw_it()
    {
        (await SendAsync(HttpMethod.Post, "/test/unique-clash")).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var row = (await AuditRowsAsync()).ShouldHaveSingleItem();
        row.StatusCode.ShouldBe(409);
        row.ErrorCode.ShouldBe(ErrorCodes.DuplicateKey);
    }

    [Fact]
    public async Task Should_keep_secrets_in_the_query_string_out_of_the_url()
    {
        await SendAsync(HttpMethod.Post, "/test/ok?page=2&api_key=sk_live_123&access_token=tok_456&accountNo=6222020200112233");

        var row = (await AuditRowsAsync()).ShouldHaveSingleItem();
        row.Url.ShouldBe("/test/ok?page=2&api_key=***&access_token=***&accountNo=***");
    }

    [Fact]
    public async Task Should_write_no_row_for_a_request_refused_by_an_interception_rule()
    {
        await using (var scope = _app.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IInterceptionRuleAppService>().CreateAsync(new CreateInterceptionRuleDto
            {
                Name = "Flood", PathPattern = "/test/**", Action = InterceptionAction.Deny, IpCidr = "198.51.100.0/24"
            });
        }

        (await SendAsync(HttpMethod.Post, "/test/ok", ip: "198.51.100.1")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await AuditRowsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_answer_normally_when_the_audit_row_cannot_be_written()
    {
        await using (var scope = _app.CreateScope())
        {
            var database = scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>().Database;
            await database.ExecuteSqlRawAsync("DROP TABLE AuditLogEntityChanges");
            await database.ExecuteSqlRawAsync("DROP TABLE AuditLogs");
        }

        using var response = await SendAsync(HttpMethod.Post, "/test/ok");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("ok");
    }

    private void MapEndpoints(WebApplication app)
    {
        app.MapPost("/test/rules/rollback", async (IRepository<InterceptionRule> rules, IUnitOfWork unitOfWork) =>
        {
            await using (await unitOfWork.BeginTransactionAsync())
            {
                await rules.InsertAsync(new InterceptionRule(Guid.NewGuid(), Rule("Rolled back")));
                await unitOfWork.SaveChangesAsync();
                _app.Clock.Advance(TimeSpan.FromMilliseconds(250));
                throw new ConflictException(ErrorCodes.DuplicateKey);
            }
        });
        app.MapPost("/test/rules", async (IRepository<InterceptionRule> rules, IUnitOfWork unitOfWork) =>
        {
            await rules.InsertAsync(new InterceptionRule(KeptRuleId, Rule("Kept")));
            await unitOfWork.SaveChangesAsync();
            return "ok";
        });

        // The failed insert stays tracked: saving anything else through this request's DbContext would fail again.
        app.MapPost("/test/rules/clash", async (IRepository<InterceptionRule> rules, IUnitOfWork unitOfWork) =>
        {
            await rules.InsertAsync(new InterceptionRule(KeptRuleId, Rule("Same id")));
            await unitOfWork.SaveChangesAsync();
            return "ok";
        });
        app.MapMethods("/test/ok", ["GET", "HEAD", "POST"], () => "ok");
        app.MapGet("/test/missing", () => Results.NotFound());
        app.MapGet("/test/protected", () => "secret").RequireAuthorization("Test.Permission");
        app.MapPost("/test/unique-clash", string () =>
            throw new DbUpdateException("Set-based write failed", new SqliteException("UNIQUE constraint failed: Payees.AccountNo", 19, 2067)));
        app.MapGet("/test/crash", string () => throw new InvalidOperationException("Duplicate entry '6222020200112233'"));
    }

    private Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string url, Guid? user = null, Guid? userTenant = null, Guid? actingIn = null, string ip = ClientIp, string? correlationId = null)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add(TestPipelineExtensions.ClientIpHeader, ip);
        if (user is not null)
        {
            request.Headers.Add(TestAuthenticationHandler.UserHeader, user.ToString());
        }

        if (userTenant is not null)
        {
            request.Headers.Add(TestAuthenticationHandler.UserTenantHeader, userTenant.ToString());
        }

        if (actingIn is not null)
        {
            request.Headers.Add(TenantHeader.Name, actingIn.ToString());
        }

        if (correlationId is not null)
        {
            request.Headers.Add(AuditLoggingMiddleware.CorrelationIdHeader, correlationId);
        }

        return _client.SendAsync(request);
    }

    private async Task<List<AuditLog>> AuditRowsAsync()
    {
        await using var scope = _app.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<IDataFilter>().DisableMultiTenantFilter())
        {
            return await scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>().Set<AuditLog>().AsNoTracking().ToListAsync();
        }
    }

    private async Task<int> CountRulesAsync()
    {
        await using var scope = _app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>().Set<InterceptionRule>().CountAsync();
    }

    private static InterceptionRuleDefinition Rule(string name) =>
        new(name, 10, "/never/**", "*", null, null, null, InterceptionAction.Deny, null, null, true);
}
