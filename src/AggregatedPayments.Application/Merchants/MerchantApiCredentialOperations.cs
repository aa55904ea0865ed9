using AggregatedPayments.Data;
using AggregatedPayments.Merchants.Credentials;

namespace AggregatedPayments.Merchants;

/// <summary>Listing, rotating and revoking credentials inside the current tenant, for the platform's and the merchant's app services alike.</summary>
public sealed class MerchantApiCredentialOperations(
    IRepository<MerchantApiCredential> credentials,
    IAsyncQueryExecuter executer,
    MerchantApiCredentialManager manager,
    ApiClientRoleProvisioner apiClientRole,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<MerchantApiCredentialDto>> GetListAsync(CancellationToken cancellationToken)
    {
        var rows = await executer.ToListAsync(credentials.QueryNoTracking().OrderByDescending(c => c.CreationTime), cancellationToken);
        return rows.Select(Map).ToList();
    }

    public async Task<MerchantApiSecretDto> RotateAsync(CancellationToken cancellationToken)
    {
        var secret = await manager.SealNewSecretAsync(cancellationToken);
        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);

        // Merchants onboarded before API credentials existed get their role with their first key.
        await apiClientRole.EnsureAsync(cancellationToken);
        var issued = await manager.RotateAsync(secret, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ToSecret(issued);
    }

    public async Task<MerchantApiCredentialDto> RevokeAsync(string keyId, CancellationToken cancellationToken)
    {
        var credential = await manager.RevokeAsync(keyId, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Map(credential);
    }

    public static MerchantApiSecretDto ToSecret(IssuedMerchantApiCredential issued) =>
        new(issued.Credential.KeyId, issued.Secret, issued.Credential.CreationTime);

    private MerchantApiCredentialDto Map(MerchantApiCredential c) =>
        new(c.Id, c.KeyId, c.StatusAt(clock.GetUtcNow().UtcDateTime), c.CreationTime, c.ExpiresAt, c.RevokedAt);
}
