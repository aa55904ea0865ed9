using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Account;

public sealed class ChangePasswordDto
{
    [Required]
    [StringLength(128)]
    public string CurrentPassword { get; set; } = "";

    [Required]
    [StringLength(128)]
    public string NewPassword { get; set; } = "";
}
