using AggregatedPayments.Data;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Settings;

/// <summary>What the settings tests do in one scope each: act as someone, read, write, peek at the raw column.</summary>
internal sealed class SettingsDatabase(TestDatabase database)
{
    public TestPrincipalAccessor Principal => database.Services.GetRequiredService<TestPrincipalAccessor>();

    public async Task<SettingResolution> ResolveAsync(Guid? currentTenant, string name, SettingLevels fromLevel = SettingLevels.User)
    {
        await using var scope = database.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(currentTenant))
        {
            return await scope.ServiceProvider.GetRequiredService<ISettingProvider>().ResolveAsync(name, fromLevel);
        }
    }

    public async Task SetAsync(SettingOwner owner, string name, string? value, Guid? currentTenant = null)
    {
        await using var scope = database.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(currentTenant))
        {
            await scope.ServiceProvider.GetRequiredService<SettingManager>().SetAsync(owner, name, value);
        }
    }

    public async Task SetAsync(SettingOwner owner, Dictionary<string, string?> values)
    {
        await using var scope = database.CreateScope();
        await scope.ServiceProvider.GetRequiredService<SettingManager>().SetAsync(owner, values);
    }

    /// <summary>The stored column, read past the tenant filter with plain SQL, as someone with the database would.</summary>
    public async Task<string?> ReadStoredAsync(string name, Guid providerKey)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>();
        return await db.Database
            .SqlQuery<string>($"SELECT `Value` AS `Value` FROM `SettingValues` WHERE `Name` = {name} AND `ProviderKey` = {providerKey}")
            .SingleOrDefaultAsync();
    }

    public async Task WriteStoredAsync(string name, Guid providerKey, string value)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>();
        await db.Database.ExecuteSqlAsync($"UPDATE `SettingValues` SET `Value` = {value} WHERE `Name` = {name} AND `ProviderKey` = {providerKey}");
    }

    public async Task<int> CountStoredAsync()
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>();
        using (scope.ServiceProvider.GetRequiredService<IDataFilter>().DisableMultiTenantFilter())
        {
            return await db.Set<SettingValue>().CountAsync();
        }
    }
}
