using AggregatedPayments.Exceptions;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Payroll;

/// <summary>Reads the merchant's channels once per preview or submission, through the same candidates routing uses.</summary>
public sealed class PayrollChannelViewLoader(PayoutRoutingCandidates candidates)
{
    /// <summary>A named channel must be one of the merchant's own: another merchant's is as unknown as none.</summary>
    public async Task<PayrollChannelView> LoadAsync(Guid? merchantChannelId, CancellationToken cancellationToken)
    {
        var (loaded, localTime) = await candidates.LoadAsync(merchantChannelId, cancellationToken);
        if (merchantChannelId is { } named && loaded.Count == 0)
        {
            throw new BusinessException(PayoutsErrorCodes.UnknownMerchantChannel).WithData("merchantChannelId", named);
        }

        return new PayrollChannelView(merchantChannelId, loaded, localTime);
    }
}
