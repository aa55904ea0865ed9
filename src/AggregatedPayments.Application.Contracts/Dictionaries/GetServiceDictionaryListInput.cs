using AggregatedPayments.Dtos;

namespace AggregatedPayments.Dictionaries;

public sealed class GetServiceDictionaryListInput : PagedRequestDto
{
    /// <summary>Only active (true) or only inactive (false) dictionaries; all when null.</summary>
    public bool? IsActive { get; set; }
}
