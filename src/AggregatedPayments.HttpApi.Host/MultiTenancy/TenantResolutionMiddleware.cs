using AggregatedPayments.Data;
using AggregatedPayments.ExceptionHandling;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Merchants;
using AggregatedPayments.Permissions;
using AggregatedPayments.Users;

namespace AggregatedPayments.MultiTenancy;

/// <summary>
/// Sets the tenant the request acts in, after authentication. A merchant user's own tenant always
/// wins (a __tenant header cannot move it elsewhere). A platform user acts inside a merchant only by
/// naming it in the __tenant header and holding the right to; the fact is kept for the audit log.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public const string ActedInsideTenantKey = "AP:ActedInsideTenant";

    public async Task InvokeAsync(
        HttpContext context,
        ICurrentTenant currentTenant,
        ICurrentUser currentUser,
        IPermissionChecker permissionChecker,
        IRepository<Merchant> merchants,
        IAsyncQueryExecuter executer)
    {
        Guid? tenantId = null;
        if (currentUser.IsAuthenticated)
        {
            tenantId = currentUser.TenantId;
            var header = context.Request.Headers[TenantHeader.Name].ToString();
            if (tenantId is null && !string.IsNullOrWhiteSpace(header))
            {
                if (!await permissionChecker.IsGrantedAsync(MerchantPermissions.ActInside, context.RequestAborted))
                {
                    await ErrorResponseWriter.WriteAsync(context, StatusCodes.Status403Forbidden, ErrorCodes.TenantHeaderNotAllowed);
                    return;
                }

                tenantId = await FindMerchantAsync(header.Trim(), merchants, executer, context.RequestAborted);
                if (tenantId is null)
                {
                    await ErrorResponseWriter.WriteAsync(context, StatusCodes.Status404NotFound, ErrorCodes.TenantNotFound);
                    return;
                }

                context.Items[ActedInsideTenantKey] = tenantId;
            }
        }

        using (currentTenant.Change(tenantId))
        {
            await next(context);
        }
    }

    /// <summary>The header names a merchant by id or by code.</summary>
    private static Task<Guid?> FindMerchantAsync(string value, IRepository<Merchant> merchants, IAsyncQueryExecuter executer, CancellationToken cancellationToken)
    {
        var query = Guid.TryParse(value, out var id)
            ? merchants.QueryNoTracking().Where(m => m.Id == id)
            : merchants.QueryNoTracking().Where(m => m.Code == value);
        return executer.FirstOrDefaultAsync(query.Select(m => (Guid?)m.Id), cancellationToken);
    }
}
