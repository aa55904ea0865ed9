namespace AggregatedPayments.Permissions;

public sealed record PermissionGroupDto(string Name, string DisplayName, IReadOnlyList<PermissionStateDto> Permissions);
