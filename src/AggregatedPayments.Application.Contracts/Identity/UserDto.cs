namespace AggregatedPayments.Identity;

public sealed record UserDto(
    Guid Id,
    Guid? TenantId,
    string UserName,
    string? Name,
    string? Email,
    string? PhoneNumber,
    bool IsActive,
    bool IsLockedOut,
    DateTime? LockoutEnd,
    IReadOnlyList<string> RoleNames,
    DateTime CreationTime);
