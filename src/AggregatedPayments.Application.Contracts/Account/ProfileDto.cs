namespace AggregatedPayments.Account;

public sealed record ProfileDto(Guid Id, Guid? TenantId, string? TenantCode, string UserName, string? Name, string? Email, IReadOnlyList<string> Roles);
