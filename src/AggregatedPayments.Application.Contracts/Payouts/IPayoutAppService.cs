using AggregatedPayments.Dtos;

namespace AggregatedPayments.Payouts;

/// <summary>A merchant's payouts, always inside the merchant's tenant; another merchant's order answers 404.</summary>
public interface IPayoutAppService
{
    /// <summary>Creates a plain order and starts its first attempt; a repeat of the same reference and content gives back the existing order.</summary>
    Task<PayoutCreationDto> CreateAsync(CreatePayoutDto input, CancellationToken cancellationToken = default);

    Task<PayoutCreationDto> CreateAggregatedAsync(CreateAggregatedPayoutDto input, CancellationToken cancellationToken = default);

    Task<PagedResultDto<PayoutOrderDto>> GetListAsync(GetPayoutListInput input, CancellationToken cancellationToken = default);

    Task<PayoutOrderDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Asks the provider about the current attempt now (the answer arrives through the query job).</summary>
    Task<PayoutOrderDetailDto> QueryNowAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Only before the request left; releases the hold.</summary>
    Task<PayoutOrderDetailDto> CancelAsync(Guid id, CancelPayoutDto input, CancellationToken cancellationToken = default);

    Task<PayoutOrderDetailDto> CorrectAsync(Guid id, CorrectPayoutDto input, CancellationToken cancellationToken = default);

    /// <summary>A new attempt under a new key, after a definite failure or a return.</summary>
    Task<PayoutOrderDetailDto> ReinitiateAsync(Guid id, ReinitiatePayoutDto input, CancellationToken cancellationToken = default);

    Task<PayoutOrderDetailDto> ResolveReviewAsync(Guid id, ResolvePayoutReviewDto input, CancellationToken cancellationToken = default);
}
