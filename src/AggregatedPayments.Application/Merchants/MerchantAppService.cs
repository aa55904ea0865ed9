using AggregatedPayments.Account;
using AggregatedPayments.Data;
using AggregatedPayments.Dtos;
using AggregatedPayments.Channels;
using AggregatedPayments.Identity;
using AggregatedPayments.Merchants.Credentials;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Settings;

namespace AggregatedPayments.Merchants;

public sealed class MerchantAppService(
    IRepository<Merchant> merchants,
    IAsyncQueryExecuter executer,
    MerchantManager merchantManager,
    AdminAccountProvisioner adminProvisioner,
    ApiClientRoleProvisioner apiClientRole,
    MerchantApiCredentialManager credentialManager,
    MerchantApiCredentialOperations credentialOperations,
    MerchantChannelLedgerAccounts ledgerAccounts,
    MerchantParametersWriter parametersWriter,
    ICurrentTenant currentTenant,
    IUnitOfWork unitOfWork,
    UserSessionValidator sessions,
    ISettingProvider settings) : IMerchantAppService
{
    public async Task<PagedResultDto<MerchantDto>> GetListAsync(GetMerchantListInput input, CancellationToken cancellationToken = default)
    {
        var query = merchants.QueryNoTracking();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(m => m.Code.Contains(filter) || m.Name.Contains(filter));
        }

        if (input.Status is { } status)
        {
            query = query.Where(m => m.Status == status);
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var page = await executer.ToListAsync(query.OrderBy(m => m.Code).Skip(input.SkipCount).Take(input.MaxResultCount), cancellationToken);
        return new PagedResultDto<MerchantDto>(page.Select(Map).ToList(), total);
    }

    public async Task<MerchantDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        Map(await merchants.GetAsync(id, cancellationToken));

    public async Task<MerchantCreatedDto> CreateAsync(CreateMerchantDto input, CancellationToken cancellationToken = default)
    {
        var secret = await credentialManager.SealNewSecretAsync(cancellationToken);
        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        var timeZone = string.IsNullOrWhiteSpace(input.TimeZone)
            ? await settings.GetOrNullAsync(FoundationSettingNames.PlatformTimeZone, cancellationToken) ?? "Asia/Shanghai"
            : input.TimeZone.Trim();
        var merchant = await merchantManager.CreateAsync(input.Code.Trim(), input.Name, timeZone, cancellationToken);
        merchant.SetProfile(ToProfile(input));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        IssuedMerchantApiCredential issued;
        using (currentTenant.Change(merchant.Id))
        {
            await adminProvisioner.EnsureAdminUserAsync(input.AdminPassword, input.AdminEmail, cancellationToken);
            await apiClientRole.EnsureAsync(cancellationToken);
            issued = await credentialManager.IssueAsync(secret, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await ledgerAccounts.EnsureForAllAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new MerchantCreatedDto(Map(merchant), MerchantApiCredentialOperations.ToSecret(issued));
    }

    public async Task<MerchantDto> UpdateAsync(Guid id, UpdateMerchantDto input, CancellationToken cancellationToken = default)
    {
        var merchant = await merchants.GetAsync(id, cancellationToken);
        EnsureVersion(merchant, input.Version);
        merchant.SetName(input.Name);
        merchant.SetProfile(ToProfile(input));
        if (!string.IsNullOrWhiteSpace(input.TimeZone))
        {
            merchantManager.ChangeTimeZone(merchant, input.TimeZone.Trim());
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Map(merchant);
    }

    public Task<MerchantDto> SuspendAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(id, m => m.Suspend(), cancellationToken);

    public Task<MerchantDto> ActivateAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(id, m => m.Activate(), cancellationToken);

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var merchant = await merchants.GetAsync(id, cancellationToken);
        merchant.Suspend();
        merchants.Delete(merchant);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        sessions.EvictMerchant(id);
    }

    public async Task<MerchantParametersDto> GetParametersAsync(Guid id, CancellationToken cancellationToken = default) =>
        MerchantParametersMapper.Map(await merchants.GetAsync(id, cancellationToken));

    public async Task<MerchantParametersDto> UpdateParametersAsync(Guid id, UpdateMerchantParametersDto input, CancellationToken cancellationToken = default)
    {
        var merchant = await merchants.GetAsync(id, cancellationToken);
        var currencies = (input.Currencies ?? []).Select(MerchantParametersMapper.ToLimit).ToList();
        return await parametersWriter.SaveAsync(merchant, input, currencies, cancellationToken);
    }

    public async Task<IReadOnlyList<MerchantApiCredentialDto>> GetApiCredentialsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await merchants.GetAsync(id, cancellationToken);
        using (currentTenant.Change(id))
        {
            return await credentialOperations.GetListAsync(cancellationToken);
        }
    }

    public async Task<MerchantApiSecretDto> RotateApiCredentialAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await merchants.GetAsync(id, cancellationToken);
        using (currentTenant.Change(id))
        {
            return await credentialOperations.RotateAsync(cancellationToken);
        }
    }

    public async Task<MerchantApiCredentialDto> RevokeApiCredentialAsync(Guid id, string keyId, CancellationToken cancellationToken = default)
    {
        await merchants.GetAsync(id, cancellationToken);
        using (currentTenant.Change(id))
        {
            return await credentialOperations.RevokeAsync(keyId, cancellationToken);
        }
    }

    private async Task<MerchantDto> ChangeStatusAsync(Guid id, Action<Merchant> change, CancellationToken cancellationToken)
    {
        var merchant = await merchants.GetAsync(id, cancellationToken);
        change(merchant);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        sessions.EvictMerchant(id);
        return Map(merchant);
    }

    private static void EnsureVersion(Merchant merchant, int expected)
    {
        if (merchant.Version != expected)
        {
            throw new Exceptions.ConflictException(Exceptions.ErrorCodes.ConcurrencyConflict);
        }
    }

    private static MerchantProfile ToProfile(MerchantProfileInput input) =>
        new(input.LegalName, input.ContactName, input.Phone, input.Email, input.Address, input.LicenceNumber);

    private static MerchantDto Map(Merchant m) => new(
        m.Id, m.Code, m.Name, m.Profile.LegalName, m.Profile.ContactName, m.Profile.Phone, m.Profile.Email,
        m.Profile.Address, m.Profile.LicenceNumber, m.TimeZone, m.Status, m.CreationTime, m.Version);
}
