using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Merchants.Policies;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Merchants;

/// <summary>
/// The merchant acting on itself, inside its own tenant. Its limits are the platform's: it sets only
/// approval thresholds under them, so it can tighten its own controls but never loosen the platform's.
/// </summary>
public sealed class MyMerchantAppService(
    IRepository<Merchant> merchants,
    ICurrentTenant currentTenant,
    MerchantParametersWriter parametersWriter,
    MerchantApiCredentialOperations credentialOperations) : IMyMerchantAppService
{
    public async Task<MerchantParametersDto> GetParametersAsync(CancellationToken cancellationToken = default) =>
        MerchantParametersMapper.Map(await GetMerchantAsync(cancellationToken));

    public async Task<MerchantParametersDto> UpdateParametersAsync(UpdateMyMerchantParametersDto input, CancellationToken cancellationToken = default)
    {
        var merchant = await GetMerchantAsync(cancellationToken);
        var configured = merchant.PayoutPolicy.Currencies;
        var approvals = input.Approvals ?? [];
        var unconfigured = approvals.FirstOrDefault(a => configured.All(c => c.Currency != a.Currency));
        if (unconfigured is not null)
        {
            throw new BusinessException(MerchantsErrorCodes.CurrencyNotConfigured).WithData("currency", unconfigured.Currency);
        }

        if (approvals.GroupBy(a => a.Currency, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new BusinessException(MerchantsErrorCodes.DuplicateCurrency).WithData("currency", duplicate.Key);
        }

        // The platform's currencies and limits stay as they are; a currency the input leaves out has no thresholds.
        var currencies = configured
            .Select(limit => approvals.FirstOrDefault(a => a.Currency == limit.Currency) is { } approval
                ? limit with { ApprovalSingleMinor = approval.ApprovalSingleMinor, ApprovalDailyMinor = approval.ApprovalDailyMinor }
                : limit with { ApprovalSingleMinor = null, ApprovalDailyMinor = null })
            .ToList();
        return await parametersWriter.SaveAsync(merchant, input, currencies, cancellationToken);
    }

    public Task<IReadOnlyList<MerchantApiCredentialDto>> GetApiCredentialsAsync(CancellationToken cancellationToken = default) =>
        credentialOperations.GetListAsync(cancellationToken);

    public Task<MerchantApiSecretDto> RotateApiCredentialAsync(CancellationToken cancellationToken = default) =>
        credentialOperations.RotateAsync(cancellationToken);

    public Task<MerchantApiCredentialDto> RevokeApiCredentialAsync(string keyId, CancellationToken cancellationToken = default) =>
        credentialOperations.RevokeAsync(keyId, cancellationToken);

    private Task<Merchant> GetMerchantAsync(CancellationToken cancellationToken) =>
        merchants.GetAsync(
            currentTenant.Id ?? throw new ForbiddenException(ErrorCodes.Forbidden, "Only a merchant has its own parameters."),
            cancellationToken);
}
