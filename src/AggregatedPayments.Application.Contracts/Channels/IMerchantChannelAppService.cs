namespace AggregatedPayments.Channels;

/// <summary>The platform opens channels to a merchant and configures them; the rows belong to the merchant.</summary>
public interface IMerchantChannelAppService
{
    Task<IReadOnlyList<MerchantChannelDto>> GetListAsync(Guid merchantId, CancellationToken cancellationToken = default);

    Task<MerchantChannelDto> GetAsync(Guid merchantId, Guid id, CancellationToken cancellationToken = default);

    /// <summary>Opened closed: the platform switches it on once the merchant's parameters are complete.</summary>
    Task<MerchantChannelDto> CreateAsync(Guid merchantId, CreateMerchantChannelDto input, CancellationToken cancellationToken = default);

    Task<MerchantChannelDto> UpdateAsync(Guid merchantId, Guid id, UpdateMerchantChannelDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid merchantId, Guid id, CancellationToken cancellationToken = default);

    /// <summary>Calls the channel's balance (or a query) with the stored parameters through the outbound-call guard.</summary>
    Task<ConnectionTestResultDto> TestConnectionAsync(Guid merchantId, Guid id, CancellationToken cancellationToken = default);
}
