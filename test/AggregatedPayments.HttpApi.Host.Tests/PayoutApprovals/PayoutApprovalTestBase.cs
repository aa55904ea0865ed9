using AggregatedPayments.Data;
using AggregatedPayments.Hosting;
using AggregatedPayments.Identity;
using AggregatedPayments.Merchants;
using AggregatedPayments.Merchants.Policies;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Payouts;

/// <summary>
/// A funded merchant whose approval thresholds a test sets (as the onboarding API will), the merchant's
/// admin as the maker, and a second user who holds only the approval rights as the checker.
/// </summary>
public abstract class PayoutApprovalTestBase(AggregatedPaymentsWebFactory factory) : PayoutHostTestBase(factory)
{
    protected const string CheckerName = "checker";

    /// <summary>Sets the merchant's CNY approval thresholds, and its time zone when given, straight through the domain.</summary>
    protected async Task SetApprovalThresholdsAsync(PayoutMerchant m, long? single = null, long? daily = null, string? timeZone = null)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var merchant = await services.GetRequiredService<IRepository<Merchant>>().GetAsync(m.Merchant.Id);
        merchant.SetPayoutPolicy(new MerchantPayoutPolicy(null, [], [new MerchantCurrencyLimit("CNY", ApprovalSingleMinor: single, ApprovalDailyMinor: daily)]));
        if (timeZone is not null)
        {
            services.GetRequiredService<MerchantManager>().ChangeTimeZone(merchant, timeZone);
        }

        await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
    }

    /// <summary>The second user: sees the queue and may approve, nothing else.</summary>
    protected async Task<PayoutApprovalClientProxy> CheckerAsync(PayoutMerchant m)
    {
        await CreateUserWithPermissionsAsync(m.Admin, CheckerName, PayoutApprovalPermissions.View, PayoutApprovalPermissions.Approve);
        return new PayoutApprovalClientProxy(await LoginAsync(m.Merchant.Code, CheckerName, DefaultPassword));
    }

    protected static PayoutApprovalClientProxy MakerApprovals(PayoutMerchant m) => new(m.Admin);

    protected static async Task<PayoutApprovalDto> PendingApprovalOfAsync(PayoutApprovalClientProxy approvals, Guid orderId) =>
        (await approvals.GetListAsync(new GetPayoutApprovalListInput { OrderId = orderId, Status = PayoutApprovalStatus.Pending })).Items.Single();

    protected static DecidePayoutApprovalDto Because(string reason) => new() { Reason = reason };

    protected static string MakerName => IdentityConsts.AdminUserName;
}
