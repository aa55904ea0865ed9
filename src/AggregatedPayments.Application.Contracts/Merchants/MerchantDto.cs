using AggregatedPayments.Merchants;

namespace AggregatedPayments.Merchants;

public sealed record MerchantDto(
    Guid Id,
    string Code,
    string Name,
    string? LegalName,
    string? ContactName,
    string? Phone,
    string? Email,
    string? Address,
    string? LicenceNumber,
    string TimeZone,
    MerchantStatus Status,
    DateTime CreationTime,
    int Version);
