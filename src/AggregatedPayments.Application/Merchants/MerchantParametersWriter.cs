using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Merchants.Policies;

namespace AggregatedPayments.Merchants;

/// <summary>Validates and saves a merchant's parameters, whoever sets them; the merchant row's audit records the change.</summary>
public sealed class MerchantParametersWriter(
    MerchantPayoutPolicyValidator validator,
    MerchantManager merchantManager,
    IUnitOfWork unitOfWork)
{
    public async Task<MerchantParametersDto> SaveAsync(
        Merchant merchant,
        MerchantParametersInput input,
        IReadOnlyList<MerchantCurrencyLimit> currencies,
        CancellationToken cancellationToken)
    {
        if (merchant.Version != input.Version)
        {
            throw new ConflictException(ErrorCodes.ConcurrencyConflict);
        }

        var policy = await validator.ValidateAsync(new MerchantPayoutPolicy(input.NotifyUrl, input.AllowedIpRanges ?? [], currencies), cancellationToken);
        merchant.SetPayoutPolicy(policy);
        if (!string.IsNullOrWhiteSpace(input.TimeZone))
        {
            merchantManager.ChangeTimeZone(merchant, input.TimeZone.Trim());
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return MerchantParametersMapper.Map(merchant);
    }
}
