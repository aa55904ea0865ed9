using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Account;

public sealed class LoginDto
{
    /// <summary>The merchant's code; empty or null signs in to the platform.</summary>
    [StringLength(32)]
    public string? TenantCode { get; set; }

    [Required]
    [StringLength(64)]
    public string UserName { get; set; } = "";

    [Required]
    [StringLength(128)]
    public string Password { get; set; } = "";
}
