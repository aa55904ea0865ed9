using AggregatedPayments.Dtos;

namespace AggregatedPayments.Merchants;

public sealed class GetMerchantListInput : PagedRequestDto
{
    /// <summary>Matches code or name.</summary>
    public string? Filter { get; set; }

    public MerchantStatus? Status { get; set; }
}
