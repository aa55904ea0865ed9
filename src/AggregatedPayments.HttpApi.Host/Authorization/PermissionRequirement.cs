using Microsoft.AspNetCore.Authorization;

namespace AggregatedPayments.Authorization;

public sealed record PermissionRequirement(string PermissionName) : IAuthorizationRequirement;
