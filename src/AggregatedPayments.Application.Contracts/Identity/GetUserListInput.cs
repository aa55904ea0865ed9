using AggregatedPayments.Dtos;

namespace AggregatedPayments.Identity;

public sealed class GetUserListInput : PagedRequestDto
{
    /// <summary>Matches user name, name or email.</summary>
    public string? Filter { get; set; }
}
