using System.Globalization;
using AggregatedPayments.Data;
using AggregatedPayments.Localization;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Menus;

/// <summary>
/// Builds the menu a user sees: the code's items, then the platform's overrides, then the
/// merchant's own; hidden items and items without a granted permission are left out, as are
/// groups left empty.
/// </summary>
public sealed class MenuComposer(
    MenuDefinitionManager definitions,
    IRepository<MenuItemOverride> overrides,
    IAsyncQueryExecuter executer,
    ICurrentTenant currentTenant,
    IDataFilter dataFilter)
{
    public async Task<Dictionary<string, MenuItemOverride>> GetEffectiveOverridesAsync(CancellationToken cancellationToken)
    {
        var tenantId = currentTenant.Id;
        List<MenuItemOverride> rows;
        using (dataFilter.DisableMultiTenantFilter())
        {
            rows = await executer.ToListAsync(
                overrides.QueryNoTracking().Where(o => o.TenantId == null || o.TenantId == tenantId), cancellationToken);
        }

        // The merchant's own override wins over the platform's.
        return rows.OrderBy(o => o.TenantId is null ? 0 : 1)
            .GroupBy(o => o.MenuName)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<MenuItemDto>> ComposeAsync(IReadOnlySet<string> grantedPermissions, CancellationToken cancellationToken)
    {
        var effective = await GetEffectiveOverridesAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture.Name;
        return Build(null, definitions.All.ToList(), effective, grantedPermissions, culture);
    }

    private static List<MenuItemDto> Build(
        string? parentName,
        IReadOnlyList<MenuItemDefinition> all,
        IReadOnlyDictionary<string, MenuItemOverride> effective,
        IReadOnlySet<string> granted,
        string culture)
    {
        var result = new List<MenuItemDto>();
        foreach (var definition in all.Where(d => d.ParentName == parentName))
        {
            effective.TryGetValue(definition.Name, out var change);
            if (change?.IsHidden == true || (definition.RequiredPermission is { } permission && !granted.Contains(permission)))
            {
                continue;
            }

            var children = Build(definition.Name, all, effective, granted, culture);
            if (definition.Url is null && children.Count == 0)
            {
                continue;
            }

            result.Add(new MenuItemDto(
                definition.Name,
                change?.DisplayName ?? TextLocalizer.Instance.Get(definition.DisplayNameKey, culture),
                definition.Url,
                definition.Icon,
                change?.Order ?? definition.Order,
                children));
        }

        return result.OrderBy(i => i.Order).ThenBy(i => i.Name, StringComparer.Ordinal).ToList();
    }
}
