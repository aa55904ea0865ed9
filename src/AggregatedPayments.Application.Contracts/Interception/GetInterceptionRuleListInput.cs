using System.ComponentModel.DataAnnotations;
using AggregatedPayments.Dtos;

namespace AggregatedPayments.Interception;

public sealed class GetInterceptionRuleListInput : PagedRequestDto
{
    /// <summary>Part of the name or of the path pattern.</summary>
    [StringLength(InterceptionRuleConsts.MaxPathPatternLength)]
    public string? Filter { get; set; }

    public InterceptionAction? Action { get; set; }

    public bool? IsEnabled { get; set; }
}
