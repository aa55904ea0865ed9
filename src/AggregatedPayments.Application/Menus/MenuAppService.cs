using System.Globalization;
using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Localization;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Menus;

public sealed class MenuAppService(
    MenuDefinitionManager definitions,
    MenuComposer composer,
    IRepository<MenuItemOverride> overrides,
    IAsyncQueryExecuter executer,
    ICurrentTenant currentTenant,
    IUnitOfWork unitOfWork) : IMenuAppService
{
    public async Task<IReadOnlyList<MenuItemSettingsDto>> GetItemsAsync(CancellationToken cancellationToken = default)
    {
        var effective = await composer.GetEffectiveOverridesAsync(cancellationToken);
        return definitions.All.OrderBy(d => d.ParentName).ThenBy(d => d.Order)
            .Select(d => Map(d, effective.GetValueOrDefault(d.Name)))
            .ToList();
    }

    public async Task<MenuItemSettingsDto> UpdateItemAsync(string name, UpdateMenuItemDto input, CancellationToken cancellationToken = default)
    {
        var definition = Get(name);
        var change = await FindOwnAsync(name, cancellationToken);
        if (change is null)
        {
            change = new MenuItemOverride(Guid.NewGuid(), currentTenant.Id, name);
            await overrides.InsertAsync(change, cancellationToken);
        }

        change.Change(input.DisplayName, input.Order, input.IsHidden);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Map(definition, change);
    }

    public async Task ResetItemAsync(string name, CancellationToken cancellationToken = default)
    {
        Get(name);
        var change = await FindOwnAsync(name, cancellationToken);
        if (change is not null)
        {
            overrides.Delete(change);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
    }

    private MenuItemDefinition Get(string name) =>
        definitions.GetOrNull(name) ?? throw new BusinessException(ErrorCodes.UnknownMenuItem).WithData("name", name);

    // The tenant filter already confines a merchant to its own rows; the platform's rows carry no tenant.
    private Task<MenuItemOverride?> FindOwnAsync(string name, CancellationToken cancellationToken) =>
        executer.FirstOrDefaultAsync(overrides.Query().Where(o => o.MenuName == name), cancellationToken);

    private static MenuItemSettingsDto Map(MenuItemDefinition definition, MenuItemOverride? change) => new(
        definition.Name,
        definition.ParentName,
        TextLocalizer.Instance.Get(definition.DisplayNameKey, CultureInfo.CurrentUICulture.Name),
        definition.Order,
        definition.RequiredPermission,
        change?.DisplayName,
        change?.Order,
        change?.IsHidden ?? false);
}
