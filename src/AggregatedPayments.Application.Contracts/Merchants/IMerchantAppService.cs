using AggregatedPayments.Dtos;

namespace AggregatedPayments.Merchants;

public interface IMerchantAppService
{
    Task<PagedResultDto<MerchantDto>> GetListAsync(GetMerchantListInput input, CancellationToken cancellationToken = default);

    Task<MerchantDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Creates the tenant with its "admin" role (every merchant-side permission) and "admin" user.</summary>
    Task<MerchantDto> CreateAsync(CreateMerchantDto input, CancellationToken cancellationToken = default);

    Task<MerchantDto> UpdateAsync(Guid id, UpdateMerchantDto input, CancellationToken cancellationToken = default);

    /// <summary>Its users can neither sign in nor use tokens they hold, from this moment.</summary>
    Task<MerchantDto> SuspendAsync(Guid id, CancellationToken cancellationToken = default);

    Task<MerchantDto> ActivateAsync(Guid id, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
