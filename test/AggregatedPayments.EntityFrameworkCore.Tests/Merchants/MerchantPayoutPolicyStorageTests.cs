using AggregatedPayments.Data;
using AggregatedPayments.Merchants.Policies;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Merchants;

public sealed class MerchantPayoutPolicyStorageTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_read_back_the_policy_stored_with_the_merchant()
    {
        var policy = new MerchantPayoutPolicy(
            "https://merchant.example/notify",
            ["203.0.113.0/24"],
            [new MerchantCurrencyLimit("CNY", SingleMaxMinor: 5_000_00, DailyMaxMinor: 100_000_00, ApprovalSingleMinor: 1_000_00)]);
        Guid id;
        await using (var scope = _database.CreateScope())
        {
            var merchant = await scope.ServiceProvider.GetRequiredService<MerchantManager>().CreateAsync("POLICY", "Policy Ltd", "Asia/Shanghai", default);
            merchant.SetPayoutPolicy(policy);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            id = merchant.Id;
        }

        await using (var scope = _database.CreateScope())
        {
            var read = await scope.ServiceProvider.GetRequiredService<IMerchantPayoutPolicyReader>().GetAsync(id, default);

            read.NotifyUrl.ShouldBe("https://merchant.example/notify");
            read.AllowedIpRanges.ShouldBe(["203.0.113.0/24"]);
            read.LimitFor("CNY").ShouldBe(policy.Currencies[0]);
            read.AllowsCurrency("USD").ShouldBeFalse();
        }
    }

    [Fact]
    public async Task Should_give_the_empty_policy_to_a_merchant_that_set_none()
    {
        await using var scope = _database.CreateScope();
        var merchant = await scope.ServiceProvider.GetRequiredService<MerchantManager>().CreateAsync("PLAIN", "Plain Ltd", "Asia/Shanghai", default);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();

        var read = await scope.ServiceProvider.GetRequiredService<IMerchantPayoutPolicyReader>().GetAsync(merchant.Id, default);

        read.Currencies.ShouldBeEmpty();
        read.AllowsCurrency("USD").ShouldBeTrue();
    }
}
