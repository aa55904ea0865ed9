using AggregatedPayments.Identity;
using AggregatedPayments.Merchants;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Demo;

/// <summary>A platform administrator deleted the demo merchant: the next start neither fails on its kept code nor brings it back.</summary>
public sealed class DemoAfterDeletionTests(DemoWebFactory factory) : DemoTestBase(factory), IClassFixture<DemoWebFactory>
{
    [Fact]
    public async Task Should_start_again_without_seeding_a_deleted_demo_merchant_again()
    {
        var merchants = new MerchantClientProxy(await LoginAsync(null, IdentityConsts.AdminUserName, Hosting.AggregatedPaymentsWebFactory.AdminPassword));
        var demo = (await merchants.GetListAsync(new GetMerchantListInput { Filter = DemoNames.MerchantCode })).Items.Single(m => m.Code == DemoNames.MerchantCode);
        await merchants.DeleteAsync(demo.Id);

        await Factory.SeedAgainAsync();

        (await merchants.GetListAsync(new GetMerchantListInput { Filter = DemoNames.MerchantCode })).Items.ShouldNotContain(m => m.Code == DemoNames.MerchantCode);
    }
}
