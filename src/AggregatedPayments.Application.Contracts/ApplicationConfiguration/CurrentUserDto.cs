namespace AggregatedPayments.ApplicationConfiguration;

public sealed record CurrentUserDto(
    bool IsAuthenticated,
    Guid? Id,
    Guid? TenantId,
    string? UserName,
    string? Name,
    string? Email,
    IReadOnlyList<string> Roles);
