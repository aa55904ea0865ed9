using AggregatedPayments.ApplicationConfiguration;
using AggregatedPayments.Hosting;
using AggregatedPayments.Identity;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Menus;

[Collection(HostCollection.Name)]
public sealed class MenuTests(AggregatedPaymentsWebFactory factory) : HostTestBase(factory)
{
    [Fact]
    public async Task Should_show_a_user_only_the_items_it_may_use()
    {
        var merchant = await CreateMerchantAsync();
        await CreateUserWithPermissionsAsync(merchant.Admin, "clerk", IdentityPermissions.Users.Default);

        var menus = (await new ApplicationConfigurationClientProxy(await LoginAsync(merchant.Code, "clerk", DefaultPassword)).GetAsync()).Menus;

        var names = Flatten(menus).Select(m => m.Name).ToList();
        names.ShouldContain("Administration.Identity.Users");
        names.ShouldNotContain("Administration.Identity.Roles");
        names.ShouldNotContain("Administration.Merchants");
        names.ShouldNotContain("Administration.Menus");
    }

    [Fact]
    public async Task Should_apply_a_merchants_rename_reorder_and_hide_to_that_merchant_only()
    {
        var a = await CreateMerchantAsync();
        var b = await CreateMerchantAsync();
        var menus = new MenuClientProxy(a.Admin);

        await menus.UpdateItemAsync("Administration.Identity.Users", new UpdateMenuItemDto { DisplayName = "Staff", Order = 99 });
        await menus.UpdateItemAsync("Administration.Identity.Roles", new UpdateMenuItemDto { IsHidden = true });

        var aMenu = Flatten((await new ApplicationConfigurationClientProxy(a.Admin).GetAsync()).Menus).ToList();
        var bMenu = Flatten((await new ApplicationConfigurationClientProxy(b.Admin).GetAsync()).Menus).ToList();
        aMenu.Single(m => m.Name == "Administration.Identity.Users").DisplayName.ShouldBe("Staff");
        aMenu.Single(m => m.Name == "Administration.Identity.Users").Order.ShouldBe(99);
        aMenu.ShouldNotContain(m => m.Name == "Administration.Identity.Roles");
        bMenu.Single(m => m.Name == "Administration.Identity.Users").DisplayName.ShouldNotBe("Staff");
        bMenu.ShouldContain(m => m.Name == "Administration.Identity.Roles");
    }

    [Fact]
    public async Task Should_return_to_the_defined_item_on_reset()
    {
        var merchant = await CreateMerchantAsync();
        var menus = new MenuClientProxy(merchant.Admin);
        await menus.UpdateItemAsync("Administration.Identity.Roles", new UpdateMenuItemDto { IsHidden = true });

        await menus.ResetItemAsync("Administration.Identity.Roles");

        (await menus.GetItemsAsync()).Single(i => i.Name == "Administration.Identity.Roles").IsHidden.ShouldBeFalse();
    }

    private static IEnumerable<MenuItemDto> Flatten(IEnumerable<MenuItemDto> items) =>
        items.SelectMany(i => Flatten(i.Items).Prepend(i));
}
