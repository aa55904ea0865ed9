using AggregatedPayments.MultiTenancy;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Permissions;

public sealed class PermissionDefinitionManagerTests
{
    private sealed class SampleProvider : IPermissionDefinitionProvider
    {
        public void Define(PermissionDefinitionContext context)
        {
            var payouts = context.AddGroup("Sample").AddPermission("Sample.Payouts", MultiTenancySides.Tenant);
            payouts.AddChild("Sample.Payouts.Create");
            context.AddGroup("Host").AddPermission("Sample.Channels", MultiTenancySides.Host);
        }
    }

    [Fact]
    public void Should_find_children_and_give_them_their_parents_side()
    {
        var manager = new PermissionDefinitionManager([new SampleProvider()]);

        var child = manager.GetOrNull("Sample.Payouts.Create").ShouldNotBeNull();

        child.Parent!.Name.ShouldBe("Sample.Payouts");
        child.Sides.ShouldBe(MultiTenancySides.Tenant);
        manager.ForSide(MultiTenancySides.Tenant).Select(p => p.Name).ShouldBe(["Sample.Payouts", "Sample.Payouts.Create"], ignoreOrder: true);
        manager.ForSide(MultiTenancySides.Host).Select(p => p.Name).ShouldBe(["Sample.Channels"]);
    }
}
