using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Account;

public sealed class RefreshTokenDto
{
    [Required]
    [StringLength(256)]
    public string RefreshToken { get; set; } = "";
}
