using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Merchants;

public sealed class CreateMerchantDto : MerchantProfileInput
{
    [Required]
    [RegularExpression(MerchantConsts.CodePattern)]
    public string Code { get; set; } = "";

    /// <summary>The password of the merchant's seeded "admin" user.</summary>
    [Required]
    [StringLength(128)]
    public string AdminPassword { get; set; } = "";

    [StringLength(MerchantConsts.MaxEmailLength)]
    [EmailAddress]
    public string? AdminEmail { get; set; }
}
