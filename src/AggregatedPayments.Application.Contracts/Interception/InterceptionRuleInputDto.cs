using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Interception;

/// <summary>What creating and changing a rule share. The server checks every field again and stores its normal form.</summary>
public abstract class InterceptionRuleInputDto
{
    [Required]
    [StringLength(InterceptionRuleConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    /// <summary>Lower runs first; equal orders run by id.</summary>
    public int Order { get; set; }

    /// <summary>A path glob: <c>*</c> within a segment, <c>**</c> for any number of segments, e.g. <c>/api/payouts/**</c>.</summary>
    [Required]
    [StringLength(InterceptionRuleConsts.MaxPathPatternLength)]
    public string PathPattern { get; set; } = "/**";

    /// <summary>"*" or a comma-separated list such as "GET,POST".</summary>
    [StringLength(InterceptionRuleConsts.MaxMethodsLength)]
    public string? Methods { get; set; } = InterceptionRuleConsts.AnyMethod;

    /// <summary>An IPv4 or IPv6 network in CIDR notation, or a single address; empty matches every address.</summary>
    [StringLength(InterceptionRuleConsts.MaxIpCidrLength)]
    public string? IpCidr { get; set; }

    /// <summary>Only requests acting in this merchant match; empty matches all.</summary>
    public Guid? TenantId { get; set; }

    [StringLength(InterceptionRuleConsts.MaxApiClientIdLength)]
    public string? ApiClientId { get; set; }

    public InterceptionAction Action { get; set; }

    /// <summary>For a rate limit: requests per window and client. Ignored (and cleared) for Allow and Deny.</summary>
    public int? PermitLimit { get; set; }

    public int? WindowSeconds { get; set; }

    public bool IsEnabled { get; set; } = true;
}
