namespace AggregatedPayments.Permissions;

/// <summary>One permission as an editor shows it for a role or user.</summary>
public sealed record PermissionStateDto(string Name, string DisplayName, string? ParentName, PermissionState State);
