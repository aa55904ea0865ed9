using AggregatedPayments.Hosting;
using AggregatedPayments.Identity;

namespace AggregatedPayments.Payouts;

/// <summary>
/// A funded merchant whose approval thresholds a test sets (as the onboarding API will), the merchant's
/// admin as the maker, and a second user who holds only the approval rights as the checker.
/// </summary>
public abstract class PayoutApprovalTestBase(AggregatedPaymentsWebFactory factory) : PayoutHostTestBase(factory)
{
    protected const string CheckerName = "checker";

    /// <summary>Sets the merchant's CNY approval thresholds, and its time zone when given, straight through the domain.</summary>
    protected Task SetApprovalThresholdsAsync(PayoutMerchant m, long? single = null, long? daily = null, string? timeZone = null) =>
        ApprovalThresholds.SetAsync(Factory.Services, m, single, daily, timeZone);

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
