using AggregatedPayments.Data;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Menus;
using AggregatedPayments.Merchants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.MultiTenancy;

/// <summary>The DbContext's own rules, below every app service: filters, stamping, confinement, versions.</summary>
public sealed class TenantConfinementTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_stamp_a_new_row_with_the_current_tenant_and_hide_it_from_others()
    {
        var tenantA = Guid.NewGuid();
        await InTenantAsync(tenantA, async db =>
        {
            db.Add(new MenuItemOverride(Guid.NewGuid(), null, "Dashboard"));
            await db.SaveChangesAsync();
        });

        var seenByA = await InTenantAsync(tenantA, db => db.Set<MenuItemOverride>().ToListAsync());
        var seenByB = await InTenantAsync(Guid.NewGuid(), db => db.Set<MenuItemOverride>().ToListAsync());
        var seenByHost = await InTenantAsync(null, db => db.Set<MenuItemOverride>().ToListAsync());

        seenByA.Single().TenantId.ShouldBe(tenantA);
        seenByB.ShouldBeEmpty();
        seenByHost.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_to_save_a_row_into_another_tenant()
    {
        var refused = await Should.ThrowAsync<ForbiddenException>(() => InTenantAsync(Guid.NewGuid(), async db =>
        {
            db.Add(new MenuItemOverride(Guid.NewGuid(), Guid.NewGuid(), "Dashboard"));
            await db.SaveChangesAsync();
        }));

        refused.Code.ShouldBe(ErrorCodes.CrossTenantWrite);
    }

    [Fact]
    public async Task Should_refuse_to_change_a_rows_tenant()
    {
        var tenantA = Guid.NewGuid();
        await InTenantAsync(tenantA, async db =>
        {
            db.Add(new MenuItemOverride(Guid.NewGuid(), null, "Dashboard"));
            await db.SaveChangesAsync();
        });

        var refused = await Should.ThrowAsync<ForbiddenException>(() => InTenantAsync(tenantA, async db =>
        {
            var row = await db.Set<MenuItemOverride>().SingleAsync();
            db.Entry(row).Property(r => r.TenantId).CurrentValue = Guid.NewGuid();
            await db.SaveChangesAsync();
        }));

        refused.Code.ShouldBe(ErrorCodes.CrossTenantWrite);
    }

    [Fact]
    public async Task Should_soft_delete_a_merchant_and_keep_its_code_taken()
    {
        var id = await CreateMerchantAsync("soft");

        await InTenantAsync(null, async db =>
        {
            db.Remove(await db.Merchants.SingleAsync(m => m.Id == id));
            await db.SaveChangesAsync();
        });

        (await InTenantAsync(null, db => db.Merchants.AnyAsync(m => m.Id == id))).ShouldBeFalse();
        (await InTenantAsync(null, db => db.Merchants.IgnoreQueryFilters().SingleAsync(m => m.Id == id))).IsDeleted.ShouldBeTrue();
        (await Should.ThrowAsync<ConflictException>(() => CreateMerchantAsync("soft"))).Code.ShouldBe(ErrorCodes.MerchantCodeAlreadyExists);
    }

    [Fact]
    public async Task Should_raise_the_version_on_update_and_refuse_a_stale_writer()
    {
        var id = await CreateMerchantAsync("versioned");
        await using var firstScope = _database.CreateScope();
        await using var secondScope = _database.CreateScope();
        var first = firstScope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>();
        var second = secondScope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>();
        var mine = await first.Merchants.SingleAsync(m => m.Id == id);
        var theirs = await second.Merchants.SingleAsync(m => m.Id == id);

        mine.SetName("Mine");
        await first.SaveChangesAsync();
        theirs.SetName("Theirs");

        mine.Version.ShouldBe(1);
        (await Should.ThrowAsync<ConflictException>(() => second.SaveChangesAsync())).Code.ShouldBe(ErrorCodes.ConcurrencyConflict);
    }

    [Fact]
    public async Task Should_compare_merchant_codes_byte_for_byte_on_every_engine()
    {
        await CreateMerchantAsync("Acme");

        await CreateMerchantAsync("acme");

        (await InTenantAsync(null, db => db.Merchants.CountAsync(m => m.Code == "acme"))).ShouldBe(1);
    }

    [Fact]
    public async Task Should_turn_a_unique_key_clash_into_a_duplicate_key_conflict()
    {
        var refused = await Should.ThrowAsync<ConflictException>(() => InTenantAsync(Guid.NewGuid(), async db =>
        {
            db.Add(new MenuItemOverride(Guid.NewGuid(), null, "Once"));
            db.Add(new MenuItemOverride(Guid.NewGuid(), null, "Once"));
            await db.SaveChangesAsync();
        }));

        refused.Code.ShouldBe(ErrorCodes.DuplicateKey);
    }

    private async Task<Guid> CreateMerchantAsync(string code)
    {
        await using var scope = _database.CreateScope();
        var merchant = await scope.ServiceProvider.GetRequiredService<MerchantManager>().CreateAsync(code, code, "Asia/Shanghai", default);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return merchant.Id;
    }

    private async Task<T> InTenantAsync<T>(Guid? tenantId, Func<AggregatedPaymentsDbContext, Task<T>> action)
    {
        await using var scope = _database.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            return await action(scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>());
        }
    }

    private Task InTenantAsync(Guid? tenantId, Func<AggregatedPaymentsDbContext, Task> action) =>
        InTenantAsync<object?>(tenantId, async db =>
        {
            await action(db);
            return null;
        });
}
