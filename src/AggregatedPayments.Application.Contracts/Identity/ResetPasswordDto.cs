using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Identity;

public sealed class ResetPasswordDto
{
    [Required]
    [StringLength(128)]
    public string NewPassword { get; set; } = "";
}
