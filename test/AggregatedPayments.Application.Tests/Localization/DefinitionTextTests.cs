using AggregatedPayments.Data;
using AggregatedPayments.Menus;
using AggregatedPayments.Permissions;
using AggregatedPayments.Settings;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Localization;

/// <summary>Every permission, group, menu item and setting the platform defines has a name in both languages.</summary>
public sealed class DefinitionTextTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateWithApplicationAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hans")]
    public void Should_name_every_definition_in_every_language(string culture)
    {
        var permissions = _database.Services.GetRequiredService<PermissionDefinitionManager>();
        var keys = permissions.All.Select(p => p.DisplayNameKey)
            .Concat(permissions.Groups.Select(g => g.DisplayNameKey))
            .Concat(_database.Services.GetRequiredService<MenuDefinitionManager>().All.Select(m => m.DisplayNameKey))
            .Concat(_database.Services.GetRequiredService<SettingDefinitionManager>().All.Select(s => s.DisplayNameKey))
            .ToList();

        var texts = TextLocalizer.Instance.GetAll(culture);

        keys.Count.ShouldBeGreaterThan(30);
        keys.Where(key => !texts.ContainsKey(key)).ShouldBeEmpty();
    }
}
