using AggregatedPayments.Dtos;

namespace AggregatedPayments.Merchants;

public interface IMerchantAppService
{
    Task<PagedResultDto<MerchantDto>> GetListAsync(GetMerchantListInput input, CancellationToken cancellationToken = default);

    Task<MerchantDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates the tenant with its "admin" role (every merchant-side permission) and "admin" user, its
    /// "api-client" role, the ledger balances of channels opened to it, and its first API credential.
    /// </summary>
    Task<MerchantCreatedDto> CreateAsync(CreateMerchantDto input, CancellationToken cancellationToken = default);

    Task<MerchantDto> UpdateAsync(Guid id, UpdateMerchantDto input, CancellationToken cancellationToken = default);

    /// <summary>Its users can neither sign in nor use tokens they hold, from this moment.</summary>
    Task<MerchantDto> SuspendAsync(Guid id, CancellationToken cancellationToken = default);

    Task<MerchantDto> ActivateAsync(Guid id, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    Task<MerchantParametersDto> GetParametersAsync(Guid id, CancellationToken cancellationToken = default);

    Task<MerchantParametersDto> UpdateParametersAsync(Guid id, UpdateMerchantParametersDto input, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MerchantApiCredentialDto>> GetApiCredentialsAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>A new credential, shown this once; the ones in use keep working for the overlap setting's hours.</summary>
    Task<MerchantApiSecretDto> RotateApiCredentialAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Stops the credential at once.</summary>
    Task<MerchantApiCredentialDto> RevokeApiCredentialAsync(Guid id, string keyId, CancellationToken cancellationToken = default);
}
