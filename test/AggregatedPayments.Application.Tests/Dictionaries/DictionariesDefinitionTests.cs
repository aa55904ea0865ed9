using System.Reflection;
using AggregatedPayments.Localization;
using AggregatedPayments.Menus;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Routing;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Dictionaries;

public sealed class DictionariesDefinitionTests
{
    private static readonly PermissionDefinitionManager Permissions = new([new DictionariesPermissionDefinitionProvider()]);

    [Fact]
    public void Should_let_merchants_read_and_only_the_platform_change_dictionaries()
    {
        Permissions.GetOrNull(DictionariesPermissions.Dictionaries.Default)!.Sides.ShouldBe(MultiTenancySides.Both);
        Permissions.GetOrNull(DictionariesPermissions.ErrorDictionary.Default)!.Sides.ShouldBe(MultiTenancySides.Both);
        Permissions.ForSide(MultiTenancySides.Tenant).Select(p => p.Name).ShouldNotContain(DictionariesPermissions.Dictionaries.Manage);
        Permissions.ForSide(MultiTenancySides.Tenant).Select(p => p.Name).ShouldNotContain(DictionariesPermissions.ErrorDictionary.Manage);
        Permissions.GetOrNull(DictionariesPermissions.Dictionaries.Manage)!.Parent!.Name.ShouldBe(DictionariesPermissions.Dictionaries.Default);
    }

    [Theory]
    [InlineData(typeof(DictionaryController))]
    [InlineData(typeof(ErrorDictionaryController))]
    public void Should_demand_a_defined_permission_on_every_action_and_manage_for_every_change(Type controller)
    {
        var actions = controller.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);

        actions.ShouldNotBeEmpty();
        foreach (var action in actions)
        {
            var policy = action.GetCustomAttribute<AuthorizeAttribute>()?.Policy;
            policy.ShouldNotBeNull($"{action.Name} names no permission");
            Permissions.GetOrNull(policy).ShouldNotBeNull($"{action.Name} names an undefined permission");
            var reads = action.GetCustomAttributes<HttpMethodAttribute>().All(m => m.HttpMethods.SequenceEqual(["GET"]));
            policy.EndsWith(".Manage", StringComparison.Ordinal).ShouldBe(!reads, $"{action.Name}: reads need the read permission, changes the manage one");
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hans")]
    public void Should_have_a_text_for_every_permission_menu_and_error_code(string culture)
    {
        var menu = new List<MenuItemDefinition>();
        new DictionariesMenuDefinitionProvider().Define(menu);
        var keys = Permissions.All.Select(p => p.DisplayNameKey)
            .Concat(Permissions.Groups.Select(g => g.DisplayNameKey))
            .Concat(menu.Select(m => m.DisplayNameKey))
            .Concat(typeof(DictionariesErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!));

        var texts = TextLocalizer.Instance.GetAll(culture);

        keys.Where(key => !texts.ContainsKey(key)).ShouldBeEmpty();
    }
}
