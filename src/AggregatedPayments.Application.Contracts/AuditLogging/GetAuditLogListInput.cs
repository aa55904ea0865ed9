using System.ComponentModel.DataAnnotations;
using AggregatedPayments.Dtos;

namespace AggregatedPayments.AuditLogging;

/// <summary>Every filter is optional; the result is newest first.</summary>
public sealed class GetAuditLogListInput : PagedRequestDto
{
    /// <summary>The merchant the requests acted in. A merchant's own users only ever see their merchant's rows.</summary>
    public Guid? TenantId { get; set; }

    public Guid? UserId { get; set; }

    [StringLength(AuditLogConsts.MaxUserNameLength)]
    public string? UserName { get; set; }

    [StringLength(AuditLogConsts.MaxHttpMethodLength)]
    public string? HttpMethod { get; set; }

    [StringLength(AuditLogConsts.MaxUrlLength)]
    public string? UrlContains { get; set; }

    [Range(100, 599)]
    public int? StatusCode { get; set; }

    /// <summary>UTC, inclusive.</summary>
    public DateTime? From { get; set; }

    /// <summary>UTC, exclusive.</summary>
    public DateTime? To { get; set; }

    /// <summary>True: only failed requests (an error, or a status of 400 or more); false: only successful ones.</summary>
    public bool? HasError { get; set; }
}
