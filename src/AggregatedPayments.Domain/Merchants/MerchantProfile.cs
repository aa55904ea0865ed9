namespace AggregatedPayments.Merchants;

/// <summary>The merchant's basic information, a value object stored with the merchant.</summary>
public sealed record MerchantProfile(
    string? LegalName,
    string? ContactName,
    string? Phone,
    string? Email,
    string? Address,
    string? LicenceNumber)
{
    public static MerchantProfile Empty { get; } = new(null, null, null, null, null, null);
}
