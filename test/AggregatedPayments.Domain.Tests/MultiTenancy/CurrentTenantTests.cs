using Shouldly;
using Xunit;

namespace AggregatedPayments.MultiTenancy;

public sealed class CurrentTenantTests
{
    [Fact]
    public void Should_restore_the_outer_tenant_when_a_change_ends()
    {
        var currentTenant = new CurrentTenant();
        var outer = Guid.NewGuid();
        var inner = Guid.NewGuid();

        using (currentTenant.Change(outer))
        {
            using (currentTenant.Change(inner))
            {
                currentTenant.Id.ShouldBe(inner);
            }

            currentTenant.Id.ShouldBe(outer);
        }

        currentTenant.Id.ShouldBeNull();
    }

    [Fact]
    public async Task Should_not_leak_a_tenant_into_a_parallel_flow()
    {
        var currentTenant = new CurrentTenant();
        var seen = new Guid?[2];

        await Task.WhenAll(
            Task.Run(async () =>
            {
                using (currentTenant.Change(Guid.NewGuid()))
                {
                    await Task.Delay(20);
                }
            }),
            Task.Run(async () =>
            {
                seen[0] = currentTenant.Id;
                await Task.Delay(40);
                seen[1] = currentTenant.Id;
            }));

        seen.ShouldAllBe(id => id == null);
    }
}
