namespace AggregatedPayments.Merchants;

/// <summary>The signed-in merchant's own parameters and API credentials.</summary>
public interface IMyMerchantAppService
{
    Task<MerchantParametersDto> GetParametersAsync(CancellationToken cancellationToken = default);

    Task<MerchantParametersDto> UpdateParametersAsync(UpdateMyMerchantParametersDto input, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MerchantApiCredentialDto>> GetApiCredentialsAsync(CancellationToken cancellationToken = default);

    /// <summary>A new credential, shown this once; the ones in use keep working for the overlap setting's hours.</summary>
    Task<MerchantApiSecretDto> RotateApiCredentialAsync(CancellationToken cancellationToken = default);

    /// <summary>Stops the credential at once.</summary>
    Task<MerchantApiCredentialDto> RevokeApiCredentialAsync(string keyId, CancellationToken cancellationToken = default);
}
