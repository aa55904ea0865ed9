using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Merchants;

/// <summary>The merchant's basic information, shared by create and update.</summary>
public abstract class MerchantProfileInput
{
    [Required]
    [StringLength(MerchantConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [StringLength(MerchantConsts.MaxLegalNameLength)]
    public string? LegalName { get; set; }

    [StringLength(MerchantConsts.MaxContactLength)]
    public string? ContactName { get; set; }

    [StringLength(MerchantConsts.MaxPhoneLength)]
    [Phone]
    public string? Phone { get; set; }

    [StringLength(MerchantConsts.MaxEmailLength)]
    [EmailAddress]
    public string? Email { get; set; }

    [StringLength(MerchantConsts.MaxAddressLength)]
    public string? Address { get; set; }

    [StringLength(MerchantConsts.MaxLicenceNumberLength)]
    public string? LicenceNumber { get; set; }

    /// <summary>IANA time zone; the platform default when empty.</summary>
    [StringLength(MerchantConsts.MaxTimeZoneLength)]
    public string? TimeZone { get; set; }
}
