namespace AggregatedPayments.Identity;

public sealed record RoleDto(Guid Id, Guid? TenantId, string Name, bool IsStatic);
