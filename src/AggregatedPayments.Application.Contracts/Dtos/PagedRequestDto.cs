using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Dtos;

public class PagedRequestDto
{
    public const int MaxPageSize = 1000;

    [Range(0, int.MaxValue)]
    public int SkipCount { get; set; }

    [Range(1, MaxPageSize)]
    public int MaxResultCount { get; set; } = 20;
}
